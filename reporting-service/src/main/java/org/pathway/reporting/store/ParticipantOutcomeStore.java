package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.pathway.reporting.domain.report.OutcomesReport;

/**
 * The participant_outcome rows of one participant: for each measure their latest score and their
 * latest baseline score of the same instrument and score, with a copy of the participant's referral
 * date and attributes (kept in step by {@link ParticipantStore#profile}), so that the outcomes report
 * reads this one table. Recomputed from the participant's own outcome_score rows whenever those
 * change, so it holds whatever order the scores arrived in. Native SQL: the recomputation is one
 * set-based statement over those rows.
 */
final class ParticipantOutcomeStore {

    private static final String RECOMPUTE = """
            insert into participant_outcome (site_id, participant_id, instrument, timepoint, score_name, score,
                                             baseline_score, %1$s)
            with latest as (
                select distinct on (instrument, timepoint, score_name)
                       site_id, participant_id, instrument, timepoint, score_name, score
                from outcome_score
                where site_id = ? and participant_id = ?
                order by instrument, timepoint, score_name, completed_at desc, outcome_id)
            select l.site_id, l.participant_id, l.instrument, l.timepoint, l.score_name, l.score, b.score, %2$s
            from latest l
            left join latest b on l.timepoint <> ? and b.timepoint = ?
                and b.instrument = l.instrument and b.score_name = l.score_name
            left join participant p on p.site_id = l.site_id and p.participant_id = l.participant_id
            """.formatted(ParticipantStore.profileColumns(""), ParticipantStore.profileColumns("p."));

    private ParticipantOutcomeStore() {
    }

    /** After the participant's outcome scores changed. */
    static void recompute(Connection connection, ParticipantKey participant) throws SQLException {
        Statements.update(connection, "delete from participant_outcome where site_id = ? and participant_id = ?",
                participant.siteId(), participant.participantId());
        Statements.update(connection, RECOMPUTE, participant.siteId(), participant.participantId(),
                OutcomesReport.BASELINE, OutcomesReport.BASELINE);
    }
}
