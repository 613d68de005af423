package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.events.PlacementProposed;

/**
 * The placement rows, by (site_id, placement_id). Native SQL: each event is one upsert that merges
 * order-independently into whatever the placement's other events left (each time keeps its earliest
 * value), and a withdrawal's set-based updates of these rows run on the same connection.
 */
final class PlacementStore {

    private PlacementStore() {
    }

    /** A proposal fills only what no other event gave: a confirmation's details are the agreed ones. */
    static void proposed(Connection connection, ParticipantKey participant, PlacementProposed proposed, Instant at)
            throws SQLException {
        Statements.update(connection, """
                insert into placement (site_id, placement_id, participant_id, activity_category, provider_id,
                                       cost_per_session_pence, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, placement_id) do update set
                    activity_category = coalesce(placement.activity_category, excluded.activity_category),
                    provider_id = coalesce(placement.provider_id, excluded.provider_id),
                    cost_per_session_pence = coalesce(placement.cost_per_session_pence, excluded.cost_per_session_pence),
                    proposed_at = least(placement.proposed_at, excluded.proposed_at)
                """, participant.siteId(), proposed.placementId(), participant.participantId(),
                Statements.nullable(proposed.activityCategory(), Types.VARCHAR),
                Statements.nullable(proposed.providerId(), Types.VARCHAR),
                proposed.costPerSessionPence(), at);
    }

    /** The confirmed price is the one agreed, so it replaces a proposed one. */
    static void confirmed(Connection connection, ParticipantKey participant, PlacementConfirmed confirmed, Instant at)
            throws SQLException {
        Statements.update(connection, """
                insert into placement (site_id, placement_id, participant_id, activity_category, provider_id,
                                       cost_per_session_pence, confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, placement_id) do update set
                    activity_category = coalesce(excluded.activity_category, placement.activity_category),
                    provider_id = coalesce(excluded.provider_id, placement.provider_id),
                    cost_per_session_pence = excluded.cost_per_session_pence,
                    confirmed_at = least(placement.confirmed_at, excluded.confirmed_at)
                """, participant.siteId(), confirmed.placementId(), participant.participantId(),
                Statements.nullable(confirmed.activityCategory(), Types.VARCHAR),
                Statements.nullable(confirmed.providerId(), Types.VARCHAR),
                confirmed.costPerSessionPence(), at);
    }

    static void ended(Connection connection, ParticipantKey participant, PlacementEnded ended, Instant at)
            throws SQLException {
        Statements.update(connection, """
                insert into placement (site_id, placement_id, participant_id, provider_id, ended_at)
                values (?, ?, ?, ?, ?)
                on conflict (site_id, placement_id) do update set
                    ended_at = least(placement.ended_at, excluded.ended_at)
                """, participant.siteId(), ended.placementId(), participant.participantId(),
                Statements.nullable(ended.providerId(), Types.VARCHAR), at);
    }
}
