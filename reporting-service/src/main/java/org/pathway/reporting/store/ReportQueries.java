package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.reporting.domain.report.OutcomeScore;
import org.pathway.reporting.domain.report.Participant;
import org.pathway.reporting.domain.report.SiteFreshness;
import org.pathway.reporting.domain.uptake.Adherence;

/**
 * Reads the research store for the reports: one indexed query for the cohort, with the totals kept
 * on each participant's row, and one for outcome scores; grouping and suppression happen in the domain.
 */
@ApplicationScoped
public class ReportQueries {

    private static final String COHORT = """
            select p.site_id, p.participant_id, p.age_at_referral, p.gender, p.ethnic_category, p.deprivation_decile,
                   p.presenting_needs,
                   p.accepted_at is not null, p.declined_at is not null, p.contacted_at is not null,
                   p.placed_at is not null, p.connected_at is not null or p.first_attended_on is not null,
                   p.engaged_at is not null or p.sustained_at is not null, p.sustained_at is not null,
                   p.withdrawn_at is not null,
                   (p.contacted_at at time zone 'UTC')::date - p.referred_at,
                   p.first_attended_on - p.referred_at,
                   p.sessions_attended, p.attended_in_window, p.missed_in_window, p.activity_pence,
                   p.link_worker_minutes
            from participant p
            where %s
            order by p.site_id, p.participant_id
            """;

    /** A measure repeated at the same timepoint counts once: the latest completed. */
    private static final String OUTCOMES = """
            select distinct on (o.site_id, o.participant_id, o.instrument, o.timepoint, o.score_name)
                   o.site_id, o.participant_id, o.instrument, o.timepoint, o.score_name, o.score
            from participant p
            join outcome_score o on o.site_id = p.site_id and o.participant_id = p.participant_id
            where %s
            order by o.site_id, o.participant_id, o.instrument, o.timepoint, o.score_name,
                     o.completed_at desc, o.outcome_id
            """;

    private final DataSource dataSource;

    public ReportQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The participants the filter covers, with their stages, waits and activity: one query over the
     * participant table, whose totals the consumers keep (see {@code ParticipantTotals}).
     */
    public List<Participant> cohort(ReportFilter filter) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String sql = COHORT.formatted(filter.where(parameters, connection));
            List<Participant> participants = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        participants.add(participant(rows));
                    }
                }
            }
            return participants;
        } catch (SQLException e) {
            throw new IllegalStateException("the research store could not be read", e);
        }
    }

    public List<OutcomeScore> outcomes(ReportFilter filter) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String sql = OUTCOMES.formatted(filter.where(parameters, connection));
            List<OutcomeScore> scores = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        scores.add(new OutcomeScore(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getDouble(6)));
                    }
                }
            }
            return scores;
        } catch (SQLException e) {
            throw new IllegalStateException("the research store could not be read", e);
        }
    }

    /** Freshness of the given sites; a site with no events yet is absent. */
    public Map<String, SiteFreshness> freshness(List<String> sites) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select site_id, last_event_at, last_received_at from site_freshness where site_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", sites.toArray()));
            Map<String, SiteFreshness> freshness = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    freshness.put(rows.getString(1), new SiteFreshness(
                            rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
            return freshness;
        } catch (SQLException e) {
            throw new IllegalStateException("the research store could not be read", e);
        }
    }

    private static Participant participant(ResultSet rows) throws SQLException {
        String needs = rows.getString(7);
        return new Participant(
                rows.getString(1),
                rows.getString(2),
                (Integer) rows.getObject(3),
                rows.getString(4),
                rows.getString(5),
                (Integer) rows.getObject(6),
                needs == null ? List.of() : Arrays.asList(needs.split("\\" + ParticipantRows.NEED_SEPARATOR)),
                new Participant.Stages(rows.getBoolean(8), rows.getBoolean(9), rows.getBoolean(10),
                        rows.getBoolean(11), rows.getBoolean(12), rows.getBoolean(13), rows.getBoolean(14),
                        rows.getBoolean(15)),
                (Integer) rows.getObject(16),
                (Integer) rows.getObject(17),
                rows.getInt(18),
                Adherence.adheres(rows.getInt(19), rows.getInt(20)),
                rows.getLong(21),
                rows.getLong(22));
    }
}
