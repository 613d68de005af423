package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.reporting.domain.extract.MeasureLine;
import org.pathway.reporting.domain.extract.ParticipantLine;
import org.pathway.reporting.domain.extract.SessionLine;

/**
 * Reads the participant-level extracts: the participants a filter covers (as the reports select them, by
 * site and referral date) who did not refuse research use of their data (an accepted young person without
 * research consent is in no extract, though counted in the reports' aggregates), and their measures and
 * sessions. Each row's pseudonym is turned into a study id by
 * the function the caller gives; what a withdrawal took out of the store is in no extract (scope {@code all}
 * erased the participant, scope {@code future} everything dated after it).
 */
@ApplicationScoped
public class ExtractStore {

    /** %s the filter. Stage times as calendar dates in UTC, as the reports count days. */
    private static final String PARTICIPANTS = """
            select p.site_id, p.participant_id, p.referred_at, p.age_at_referral, p.gender, p.ethnic_category,
                   p.deprivation_decile, p.postcode_district, p.presenting_needs,
                   (p.accepted_at at time zone 'UTC')::date, (p.declined_at at time zone 'UTC')::date,
                   (p.contacted_at at time zone 'UTC')::date, (p.placed_at at time zone 'UTC')::date,
                   p.first_attended_on, (p.connected_at at time zone 'UTC')::date,
                   (p.engaged_at at time zone 'UTC')::date, (p.sustained_at at time zone 'UTC')::date,
                   (p.withdrawn_at at time zone 'UTC')::date, w.scope, (p.closed_at at time zone 'UTC')::date,
                   p.sessions_attended, p.attended_in_window, p.missed_in_window, p.activity_pence,
                   p.link_worker_minutes, coalesce(p.arm, 'pathway')
            from (select * from participant where %s) p
            left join withdrawal w on w.site_id = p.site_id and w.participant_id = p.participant_id
            """;

    private static final String MEASURES = """
            select p.site_id, p.participant_id, o.instrument, o.timepoint, o.completed_at, o.score_name, o.score
            from (select site_id, participant_id from participant where %s) p
            join outcome_score o on o.site_id = p.site_id and o.participant_id = p.participant_id
            order by o.completed_at, o.instrument, o.timepoint, o.score_name
            """;

    private static final String SESSIONS = """
            select p.site_id, p.participant_id, 'activity', a.session_date, a.status, pl.activity_category,
                   a.cost_per_session_pence, null::integer, null::text
            from (select site_id, participant_id from participant where %1$s) p
            join attendance a on a.site_id = p.site_id and a.participant_id = p.participant_id
            left join placement pl on pl.site_id = a.site_id and pl.placement_id = a.placement_id
            union all
            select p.site_id, p.participant_id, 'link-worker', s.session_date, null, null, null, s.minutes, s.mode
            from (select site_id, participant_id from participant where %1$s) p
            join link_worker_session s on s.site_id = p.site_id and s.participant_id = p.participant_id
            order by 4, 3
            """;

    private final DataSource dataSource;

    public ExtractStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param studyId the study id of a pseudonym
     * @param hourlyRatePence the link-worker hourly rate of a site
     */
    public List<ParticipantLine> participants(ReportFilter filter, UnaryOperator<String> studyId,
                                              ToLongFunction<String> hourlyRatePence) {
        return read(filter, PARTICIPANTS, rows -> new ParticipantLine(
                studyId.apply(rows.getString(2)), rows.getString(1), rows.getString(26), date(rows, 3), (Integer) rows.getObject(4),
                rows.getString(5), rows.getString(6), (Integer) rows.getObject(7), rows.getString(8),
                rows.getString(9), date(rows, 10), date(rows, 11), date(rows, 12), date(rows, 13), date(rows, 14),
                date(rows, 15), date(rows, 16), date(rows, 17), date(rows, 18), rows.getString(19), date(rows, 20),
                rows.getInt(21), rows.getInt(22), rows.getInt(23), rows.getLong(24), rows.getLong(25),
                hourlyRatePence.applyAsLong(rows.getString(1))));
    }

    public List<MeasureLine> measures(ReportFilter filter, UnaryOperator<String> studyId) {
        return read(filter, MEASURES, rows -> new MeasureLine(studyId.apply(rows.getString(2)), rows.getString(1),
                rows.getString(3), rows.getString(4), date(rows, 5), rows.getString(6), rows.getDouble(7)));
    }

    public List<SessionLine> sessions(ReportFilter filter, UnaryOperator<String> studyId) {
        return read(filter, SESSIONS, rows -> new SessionLine(studyId.apply(rows.getString(2)), rows.getString(1),
                rows.getString(3), date(rows, 4), rows.getString(5), rows.getString(6), (Integer) rows.getObject(7),
                (Integer) rows.getObject(8), rows.getString(9)));
    }

    private <T> List<T> read(ReportFilter filter, String query, Row<T> row) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String where = filter.where(parameters, connection) + " and research_consent is not false";
            String sql = query.replace("%1$s", where).replace("%s", where);
            if (query.contains("%1$s")) {
                parameters.addAll(List.copyOf(parameters));
            }
            List<T> lines = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lines.add(row.of(rows));
                    }
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("the research store could not be read", e);
        }
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    @FunctionalInterface
    private interface Row<T> {
        T of(ResultSet rows) throws SQLException;
    }
}
