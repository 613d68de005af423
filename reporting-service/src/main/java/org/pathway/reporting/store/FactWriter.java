package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

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
 * Turns one consumed event into facts of the research store, inside the inbox's transaction (on
 * the same connection, so the event id and its facts commit together). Events of one participant
 * are applied one at a time across the three topics' consumers: a withdrawal and a fact arriving
 * together must not each miss the other.
 */
@ApplicationScoped
public class FactWriter {

    private final EntityManager entityManager;

    public FactWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void apply(IncomingEvent event) {
        entityManager.unwrap(Session.class).doWork(connection -> apply(connection, event));
    }

    private void apply(Connection connection, IncomingEvent event) throws SQLException {
        lockParticipant(connection, event.siteId(), event.participantId());
        applyFacts(connection, event);
        // Last, so that the site's one freshness row is locked only for the end of the transaction: events
        // of other participants of the site are applied concurrently.
        Freshness.record(connection, event.siteId(), event.time());
    }

    private void applyFacts(Connection connection, IncomingEvent event) throws SQLException {
        String siteId = event.siteId();
        String participantId = event.participantId();
        Optional<Withdrawals.Withdrawal> withdrawal = Withdrawals.find(connection, siteId, participantId);
        if (withdrawal.isPresent() && withdrawal.get().erased()) {
            return;
        }
        if (event.data() instanceof ReferralWithdrawn withdrawn) {
            Withdrawals.withdraw(connection, siteId, participantId, withdrawn.scope(),
                    orEventTime(withdrawn.withdrawnAt(), event));
            return;
        }
        Instant stoppedAt = withdrawal.map(Withdrawals.Withdrawal::withdrawnAt).orElse(null);
        Facts facts = new Facts(connection, siteId, participantId, stoppedAt, event);
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

    private static void lockParticipant(Connection connection, String siteId, String participantId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            Statements.bind(statement, siteId + "/" + participantId);
            statement.executeQuery().close();
        }
    }

    static Instant orEventTime(Instant time, IncomingEvent event) {
        return time != null ? time : event.time() != null ? event.time() : Instant.now();
    }

    static LocalDate orEventDate(LocalDate date, IncomingEvent event) {
        return date != null ? date : FactDates.utcDate(orEventTime(null, event));
    }
}
