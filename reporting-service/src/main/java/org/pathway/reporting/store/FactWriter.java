package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.time.PathwayClock;

/**
 * Writes a batch of consumed events' facts inside the inbox's transaction (on the same connection, so the
 * event ids and their facts commit together). The batch's participants are locked first, in one order for
 * every transaction: a participant's events are applied one transaction at a time across the three topics'
 * consumers and every site, since a withdrawal and a fact arriving together must not each miss the other,
 * and an event from one site must see a referral another site's transaction just stored. Participant
 * totals, outcome rows and site freshness are brought up to date once per batch, at its end.
 */
@ApplicationScoped
public class FactWriter {

    /** Applies one event's facts through the batch's {@link FactStore}. */
    @FunctionalInterface
    public interface EventFacts {

        void apply(FactStore facts, IncomingEvent event) throws SQLException;
    }

    private final EntityManager entityManager;
    private final WithdrawalStore withdrawals;
    private final PathwayClock clock;

    public FactWriter(EntityManager entityManager, WithdrawalStore withdrawals, PathwayClock clock) {
        this.entityManager = entityManager;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    /**
     * Applies the events in the order given, except those about a participant who withdrew all consent.
     *
     * @throws org.pathway.chassis.inbox.PoisonMessageException for an event the store can never take
     */
    public void write(List<IncomingEvent> events, EventFacts eventFacts) {
        entityManager.unwrap(Session.class).doWork(connection -> write(connection, events, eventFacts));
    }

    private void write(Connection connection, List<IncomingEvent> events, EventFacts eventFacts) throws SQLException {
        Set<ParticipantKey> participants = new LinkedHashSet<>();
        events.forEach(event -> participants.add(ParticipantKey.of(event)));
        Set<String> participantIds = new LinkedHashSet<>();
        participants.forEach(participant -> participantIds.add(participant.participantId()));
        lock(connection, participantIds);
        ReferralSites referralSites = ReferralSites.of(connection, participantIds);
        Instant now = clock.now();
        FactStore facts = new FactStore(connection, now, withdrawals, withdrawals.of(participants));
        for (IncomingEvent event : events) {
            if (!facts.erased(event)) {
                referralSites.check(event);
                eventFacts.apply(facts, event);
            }
        }
        facts.finish();
        // Last, so that a site's one freshness row is locked only for the end of the transaction: events
        // of the site's other participants are applied concurrently.
        for (Map.Entry<String, Instant> newest : newestEventPerSite(events, now).entrySet()) {
            SiteFreshnessStore.record(connection, newest.getKey(), newest.getValue(), now);
        }
    }

    /**
     * Takes each participant's lock, in the order of the lock keys: two transactions locking overlapping
     * sets of participants then cannot each wait for the other.
     */
    private static void lock(Connection connection, Set<String> participantIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select pg_advisory_xact_lock(lock_key)
                from (select distinct hashtextextended(participant, 0) as lock_key
                      from unnest(?) as participants (participant)
                      order by lock_key) as ordered""")) {
            statement.setArray(1, connection.createArrayOf("text", participantIds.toArray()));
            statement.executeQuery().close();
        }
    }

    /** Sites in name order, so that concurrent batches take the freshness rows' locks in one order too. */
    private static Map<String, Instant> newestEventPerSite(List<IncomingEvent> events, Instant now) {
        Map<String, Instant> newest = new TreeMap<>();
        for (IncomingEvent event : events) {
            Instant time = event.time() != null ? event.time() : now;
            newest.merge(event.siteId(), time, (a, b) -> a.isAfter(b) ? a : b);
        }
        return newest;
    }
}
