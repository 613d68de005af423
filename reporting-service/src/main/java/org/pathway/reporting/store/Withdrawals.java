package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consent withdrawals. Scope {@code all} erases every fact about the participant and leaves a
 * tombstone, so their later or replayed events are ignored; scope {@code future} keeps what was
 * collected up to the withdrawal and drops anything dated after it, whichever arrives first.
 */
final class Withdrawals {

    static final String ALL = "all";
    static final String FUTURE = "future";

    private static final List<String> FACT_TABLES =
            List.of("participant", "placement", "attendance", "link_worker_session", "outcome_score",
                    "participant_outcome");

    private Withdrawals() {
    }

    /** The participant's withdrawal, if any. */
    static Optional<Withdrawal> find(Connection connection, String siteId, String participantId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select scope, withdrawn_at from withdrawal where site_id = ? and participant_id = ?")) {
            Statements.bind(statement, siteId, participantId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Withdrawal(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant()));
            }
        }
    }

    /** The withdrawals of those of the participants who have withdrawn. */
    static Map<ParticipantKey, Withdrawal> findAll(Connection connection, Collection<ParticipantKey> participants)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select w.site_id, w.participant_id, w.scope, w.withdrawn_at
                from withdrawal w join unnest(?, ?) as p (site_id, participant_id)
                    on w.site_id = p.site_id and w.participant_id = p.participant_id""")) {
            statement.setArray(1, connection.createArrayOf("text",
                    participants.stream().map(ParticipantKey::siteId).toArray()));
            statement.setArray(2, connection.createArrayOf("text",
                    participants.stream().map(ParticipantKey::participantId).toArray()));
            Map<ParticipantKey, Withdrawal> withdrawals = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    withdrawals.put(new ParticipantKey(rows.getString(1), rows.getString(2)),
                            new Withdrawal(rows.getString(3), rows.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return withdrawals;
        }
    }

    /** Records a withdrawal and applies what the participant's withdrawal now is (an earlier or wider one wins). */
    static void withdraw(Connection connection, String siteId, String participantId, String scope, Instant withdrawnAt,
                         Recomputations recomputations) throws SQLException {
        Statements.update(connection, """
                insert into withdrawal (site_id, participant_id, scope, withdrawn_at) values (?, ?, ?, ?)
                on conflict (site_id, participant_id) do update set
                    scope = case when withdrawal.scope = 'all' or excluded.scope = 'all' then 'all' else 'future' end,
                    withdrawn_at = least(withdrawal.withdrawn_at, excluded.withdrawn_at)
                """, siteId, participantId, ALL.equals(scope) ? ALL : FUTURE, withdrawnAt);
        Withdrawal withdrawal = find(connection, siteId, participantId).orElseThrow();
        if (withdrawal.erased()) {
            erase(connection, siteId, participantId);
        } else {
            stopAfter(connection, siteId, participantId, withdrawal.withdrawnAt());
            recomputations.activity(siteId, participantId);
            recomputations.linkWorker(siteId, participantId);
            recomputations.outcomes(siteId, participantId);
        }
    }

    private static void erase(Connection connection, String siteId, String participantId) throws SQLException {
        for (String table : FACT_TABLES) {
            Statements.update(connection, "delete from " + table + " where site_id = ? and participant_id = ?",
                    siteId, participantId);
        }
    }

    private static void stopAfter(Connection connection, String siteId, String participantId, Instant withdrawnAt)
            throws SQLException {
        ParticipantRows.reached(connection, siteId, participantId, Milestone.WITHDRAWN, withdrawnAt);
        ParticipantRows.forgetAfter(connection, siteId, participantId, withdrawnAt);
        Object date = FactDates.utcDate(withdrawnAt);
        Statements.update(connection,
                "delete from attendance where site_id = ? and participant_id = ? and session_date > ?",
                siteId, participantId, date);
        Statements.update(connection,
                "delete from link_worker_session where site_id = ? and participant_id = ? and session_date > ?",
                siteId, participantId, date);
        Statements.update(connection,
                "delete from outcome_score where site_id = ? and participant_id = ? and completed_at > ?",
                siteId, participantId, date);
        // Each placement time comes from its own event, so forgetting the times after the withdrawal
        // leaves what applying only the earlier events would have left.
        Statements.update(connection, """
                update placement set
                    proposed_at = case when proposed_at > ? then null else proposed_at end,
                    confirmed_at = case when confirmed_at > ? then null else confirmed_at end,
                    ended_at = case when ended_at > ? then null else ended_at end
                where site_id = ? and participant_id = ?""",
                withdrawnAt, withdrawnAt, withdrawnAt, siteId, participantId);
        Statements.update(connection, """
                delete from placement where site_id = ? and participant_id = ?
                    and proposed_at is null and confirmed_at is null and ended_at is null""",
                siteId, participantId);
    }

    /** A participant's withdrawal as it stands. */
    record Withdrawal(String scope, Instant withdrawnAt) {

        boolean erased() {
            return ALL.equals(scope);
        }
    }
}
