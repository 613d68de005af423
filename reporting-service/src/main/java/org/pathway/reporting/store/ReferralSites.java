package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.pathway.chassis.events.EventType;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;

/**
 * Where the store knows each of a batch's participants was referred: the sites whose referral events
 * (received, accepted, declined: each carries the referral date) it holds for them. An event from another
 * site about a participant referred elsewhere is refused, so no report attributes one site's records to
 * another's participant; until any referral of theirs is in, events are taken, as they may arrive first
 * (they count in no report without a referral at their own site).
 */
final class ReferralSites {

    private final Map<String, Set<String>> sitesByParticipant;

    private ReferralSites(Map<String, Set<String>> sitesByParticipant) {
        this.sitesByParticipant = sitesByParticipant;
    }

    static ReferralSites of(Connection connection, Collection<String> participantIds) throws SQLException {
        Map<String, Set<String>> sites = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select participant_id, site_id from participant where participant_id = any(?) and referred_at is not null")) {
            statement.setArray(1, connection.createArrayOf("text", participantIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sites.computeIfAbsent(rows.getString(1), id -> new HashSet<>()).add(rows.getString(2));
                }
            }
        }
        return new ReferralSites(sites);
    }

    /**
     * Takes in the event's referral, if it carries one.
     *
     * @throws PoisonMessageException when the event is about a participant referred at other sites only
     */
    void check(IncomingEvent event) {
        Set<String> sites = sitesByParticipant.computeIfAbsent(event.participantId(), id -> new HashSet<>());
        if (carriesReferral(event.type())) {
            sites.add(event.siteId());
        } else if (!sites.isEmpty() && !sites.contains(event.siteId())) {
            throw new PoisonMessageException("event from a site other than the one the participant was referred at");
        }
    }

    private static boolean carriesReferral(EventType type) {
        return switch (type) {
            case REFERRAL_RECEIVED, REFERRAL_ACCEPTED, REFERRAL_DECLINED -> true;
            default -> false;
        };
    }
}
