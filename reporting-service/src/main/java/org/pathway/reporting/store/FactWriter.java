package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.events.PlacementProposed;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.events.ReferralDeclined;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.inbox.IncomingEvent;

/**
 * Turns consumed events into facts of the research store, inside the inbox's transaction (on the same
 * connection, so the event ids and their facts commit together). A batch's participants are locked
 * first, in one order for every transaction: events of one participant are applied one transaction at
 * a time across the three topics' consumers, since a withdrawal and a fact arriving together must not
 * each miss the other. Participant totals, outcome rows and site freshness are brought up to date
 * once per batch, at its end.
 */
@ApplicationScoped
public class FactWriter {

    private final EntityManager entityManager;

    public FactWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies the events in the order given. */
    public void applyAll(List<IncomingEvent> events) {
        entityManager.unwrap(Session.class).doWork(connection -> applyAll(connection, events));
    }

    private void applyAll(Connection connection, List<IncomingEvent> events) throws SQLException {
        Set<ParticipantKey> participants = new LinkedHashSet<>();
        events.forEach(event -> participants.add(new ParticipantKey(event.siteId(), event.participantId())));
        lockParticipants(connection, participants);
        Map<ParticipantKey, Withdrawals.Withdrawal> withdrawals = Withdrawals.findAll(connection, participants);
        AttendanceWrites attendanceWrites = new AttendanceWrites();
        Recomputations recomputations = new Recomputations();
        for (IncomingEvent event : events) {
            applyFacts(connection, event, withdrawals, attendanceWrites, recomputations);
        }
        attendanceWrites.write(connection, recomputations);
        recomputations.apply(connection);
        // Last, so that a site's one freshness row is locked only for the end of the transaction: events
        // of the site's other participants are applied concurrently.
        for (Map.Entry<String, Instant> newest : newestEventPerSite(events).entrySet()) {
            Freshness.record(connection, newest.getKey(), newest.getValue());
        }
    }

    private void applyFacts(Connection connection, IncomingEvent event,
                            Map<ParticipantKey, Withdrawals.Withdrawal> withdrawals, AttendanceWrites attendanceWrites,
                            Recomputations recomputations) throws SQLException {
        String siteId = event.siteId();
        String participantId = event.participantId();
        ParticipantKey participant = new ParticipantKey(siteId, participantId);
        Withdrawals.Withdrawal withdrawal = withdrawals.get(participant);
        if (withdrawal != null && withdrawal.erased()) {
            return;
        }
        if (event.data() instanceof ReferralWithdrawn withdrawn) {
            // The withdrawal removes facts: the batch's attendance so far must be there to be removed.
            attendanceWrites.write(connection, recomputations);
            Withdrawals.withdraw(connection, siteId, participantId, withdrawn.scope(),
                    orEventTime(withdrawn.withdrawnAt(), event), recomputations);
            withdrawals.put(participant, Withdrawals.find(connection, siteId, participantId).orElseThrow());
            return;
        }
        Instant stoppedAt = withdrawal == null ? null : withdrawal.withdrawnAt();
        Facts facts = new Facts(connection, participant, stoppedAt, event, attendanceWrites, recomputations);
        Object data = event.data();
        if (data instanceof ReferralReceived received) {
            facts.received(received);
        } else if (data instanceof ReferralAccepted accepted) {
            facts.accepted(accepted);
        } else if (data instanceof ReferralDeclined declined) {
            facts.declined(declined);
        } else if (data instanceof ReferralContacted contacted) {
            facts.milestone(Milestone.CONTACTED, contacted.contactedAt());
        } else if (data instanceof ReferralClosed closed) {
            facts.milestone(Milestone.CLOSED, closed.closedAt());
        } else if (data instanceof PlacementProposed proposed) {
            facts.proposed(proposed);
        } else if (data instanceof PlacementConfirmed confirmed) {
            facts.confirmed(confirmed);
        } else if (data instanceof PlacementEnded ended) {
            facts.ended(ended);
        } else if (data instanceof AttendanceRecorded attendance) {
            facts.attendance(attendance);
        } else if (data instanceof LinkWorkerSessionRecorded session) {
            facts.linkWorkerSession(session);
        } else if (data instanceof EngagementChanged changed) {
            facts.engagement(changed);
        } else if (data instanceof OutcomeRecorded outcome) {
            facts.outcome(outcome);
        } else {
            ParticipantRows.ensure(connection, siteId, participantId);
        }
    }

    /**
     * Takes each participant's lock, in the order of the lock keys: two transactions locking overlapping
     * sets of participants then cannot each wait for the other.
     */
    private static void lockParticipants(Connection connection, Set<ParticipantKey> participants) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select pg_advisory_xact_lock(lock_key)
                from (select distinct hashtextextended(participant, 0) as lock_key
                      from unnest(?) as participants (participant)
                      order by lock_key) as ordered""")) {
            statement.setArray(1, connection.createArrayOf("text",
                    participants.stream().map(p -> p.siteId() + "/" + p.participantId()).toArray()));
            statement.executeQuery().close();
        }
    }

    /** Sites in name order, so that concurrent batches take the freshness rows' locks in one order too. */
    private static Map<String, Instant> newestEventPerSite(List<IncomingEvent> events) {
        Map<String, Instant> newest = new TreeMap<>();
        Instant now = Instant.now();
        for (IncomingEvent event : events) {
            Instant time = event.time() != null ? event.time() : now;
            newest.merge(event.siteId(), time, (a, b) -> a.isAfter(b) ? a : b);
        }
        return newest;
    }

    static Instant orEventTime(Instant time, IncomingEvent event) {
        return time != null ? time : event.time() != null ? event.time() : Instant.now();
    }

    static LocalDate orEventDate(LocalDate date, IncomingEvent event) {
        return date != null ? date : FactDates.utcDate(orEventTime(null, event));
    }
}
