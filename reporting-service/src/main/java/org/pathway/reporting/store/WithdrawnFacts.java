package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a withdrawal of consent takes out of the fact tables: with scope {@code all} every fact about the
 * participant, with {@code future} what is dated after the withdrawal, whichever arrived first. Native SQL:
 * each is one set-based statement per table.
 */
final class WithdrawnFacts {

    private static final List<String> FACT_TABLES =
            List.of("participant", "placement", "attendance", "link_worker_session", "outcome_score",
                    "participant_outcome");

    /** The facts dated by a day, and the column of their date. */
    private static final Map<String, String> DATED_FACTS =
            Map.of("attendance", "session_date", "link_worker_session", "session_date", "outcome_score", "completed_at");

    private WithdrawnFacts() {
    }

    static void erase(Connection connection, ParticipantKey participant) throws SQLException {
        for (String table : FACT_TABLES) {
            Statements.update(connection, "delete from " + table + " where site_id = ? and participant_id = ?",
                    participant.siteId(), participant.participantId());
        }
    }

    static void forgetAfter(Connection connection, ParticipantKey participant, Instant withdrawnAt)
            throws SQLException {
        String siteId = participant.siteId();
        String participantId = participant.participantId();
        ParticipantStore.reached(connection, participant, Milestone.WITHDRAWN, withdrawnAt);
        ParticipantStore.forgetAfter(connection, participant, withdrawnAt);
        Object date = FactDates.utcDate(withdrawnAt);
        for (Map.Entry<String, String> fact : DATED_FACTS.entrySet()) {
            Statements.update(connection, "delete from " + fact.getKey() + " where site_id = ? and participant_id = ? and "
                    + fact.getValue() + " > ?", siteId, participantId, date);
        }
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
}
