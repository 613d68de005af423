package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.pathway.reporting.domain.uptake.Adherence;

/**
 * The totals kept on a participant's row (sessions attended, attended and missed in the adherence
 * window, activity pence, link-worker minutes), so that reports need not aggregate the largest fact
 * tables. Each is recomputed from the participant's own rows (a few dozen, by index) in the
 * transaction that changed them, rather than incremented: a recomputation is right whatever order
 * the facts, the placement and a withdrawal arrived in.
 */
final class ParticipantTotals {

    private static final int ADHERENCE_WINDOW_DAYS = Adherence.WINDOW.getDays();

    private static final String ACTIVITY = """
            update participant p set (sessions_attended, attended_in_window, missed_in_window, activity_pence) = (
                select count(*) filter (where a.status = 'attended'),
                       count(*) filter (where a.status = 'attended' and a.session_date >= w.placed_on
                                        and a.session_date < w.placed_on + %1$d),
                       count(*) filter (where a.status = 'missed' and a.session_date >= w.placed_on
                                        and a.session_date < w.placed_on + %1$d),
                       coalesce(sum(a.cost_per_session_pence) filter (where a.status = 'attended'), 0)
                from (select (p.placed_at at time zone 'UTC')::date as placed_on) w
                left join attendance a on a.site_id = p.site_id and a.participant_id = p.participant_id)
            where p.site_id = ? and p.participant_id = ?
            """.formatted(ADHERENCE_WINDOW_DAYS);

    private static final String LINK_WORKER = """
            update participant p set link_worker_minutes = (
                select coalesce(sum(s.minutes), 0) from link_worker_session s
                where s.site_id = p.site_id and s.participant_id = p.participant_id)
            where p.site_id = ? and p.participant_id = ?
            """;

    private ParticipantTotals() {
    }

    /** After the participant's sessions or placement date changed. */
    static void activity(Connection connection, String siteId, String participantId) throws SQLException {
        Statements.update(connection, ACTIVITY, siteId, participantId);
    }

    /** After the participant's link-worker sessions changed. */
    static void linkWorker(Connection connection, String siteId, String participantId) throws SQLException {
        Statements.update(connection, LINK_WORKER, siteId, participantId);
    }
}
