package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.reporting.domain.cost.ActivityAttendance;
import org.pathway.reporting.domain.report.OutcomeScore;
import org.pathway.reporting.domain.report.Participant;
import org.pathway.reporting.domain.report.SiteFreshness;
import org.pathway.reporting.domain.uptake.Adherence;

/**
 * Reads the research store for the reports: one indexed query for the cohort, and one per kind of
 * fact, aggregated per participant in SQL; grouping and suppression happen in the domain.
 */
@ApplicationScoped
public class ReportQueries {

    private static final int ADHERENCE_WINDOW_DAYS = Adherence.WINDOW.getDays();

    private static final String COHORT = """
            select p.site_id, p.participant_id, p.age_at_referral, p.gender, p.ethnic_category, p.deprivation_decile,
                   p.presenting_needs,
                   p.accepted_at is not null, p.declined_at is not null, p.contacted_at is not null,
                   p.placed_at is not null, p.connected_at is not null or p.first_attended_on is not null,
                   p.engaged_at is not null or p.sustained_at is not null, p.sustained_at is not null,
                   p.withdrawn_at is not null,
                   (p.contacted_at at time zone 'UTC')::date - p.referred_at,
                   p.first_attended_on - p.referred_at
            from participant p
            where %s
            order by p.site_id, p.participant_id
            """;

    /** Sessions per participant and price, and the attended and missed ones in the adherence window. */
    private static final String ATTENDANCE = """
            select a.site_id, a.participant_id, a.cost_per_session_pence,
                   count(*) filter (where a.status = 'attended'),
                   count(*) filter (where a.status = 'attended' and a.session_date >= w.placed_on
                                    and a.session_date < w.placed_on + %1$d),
                   count(*) filter (where a.status = 'missed' and a.session_date >= w.placed_on
                                    and a.session_date < w.placed_on + %1$d)
            from participant p
            cross join lateral (select (p.placed_at at time zone 'UTC')::date as placed_on) w
            join attendance a on a.site_id = p.site_id and a.participant_id = p.participant_id
            where %2$s
            group by a.site_id, a.participant_id, a.cost_per_session_pence
            """;

    private static final String LINK_WORKER_MINUTES = """
            select s.site_id, s.participant_id, sum(s.minutes)
            from participant p
            join link_worker_session s on s.site_id = p.site_id and s.participant_id = p.participant_id
            where %s
            group by s.site_id, s.participant_id
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

    /** The participants the filter covers, with their stages, waits and activity. */
    public List<Participant> cohort(ReportFilter filter) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Activity> activity = activity(connection, filter);
            Map<String, Long> minutes = linkWorkerMinutes(connection, filter);
            List<Object> parameters = new ArrayList<>();
            String sql = COHORT.formatted(filter.where(parameters, connection));
            List<Participant> participants = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String key = key(rows.getString(1), rows.getString(2));
                        participants.add(participant(rows, activity.getOrDefault(key, Activity.NONE),
                                minutes.getOrDefault(key, 0L)));
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

    private static Participant participant(ResultSet rows, Activity activity, long linkWorkerMinutes)
            throws SQLException {
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
                activity.attended(),
                Adherence.adheres(activity.attendedInWindow(), activity.missedInWindow()),
                activity.byPrice(),
                linkWorkerMinutes);
    }

    private static Map<String, Activity> activity(Connection connection, ReportFilter filter) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = ATTENDANCE.formatted(ADHERENCE_WINDOW_DAYS, filter.where(parameters, connection));
        Map<String, Activity> activity = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Statements.bind(statement, parameters.toArray());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Activity price = new Activity(rows.getInt(4), rows.getInt(5), rows.getInt(6),
                            List.of(new ActivityAttendance(rows.getLong(4), rows.getLong(3))));
                    activity.merge(key(rows.getString(1), rows.getString(2)), price, Activity::plus);
                }
            }
        }
        return activity;
    }

    private static Map<String, Long> linkWorkerMinutes(Connection connection, ReportFilter filter) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = LINK_WORKER_MINUTES.formatted(filter.where(parameters, connection));
        Map<String, Long> minutes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Statements.bind(statement, parameters.toArray());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    minutes.put(key(rows.getString(1), rows.getString(2)), rows.getLong(3));
                }
            }
        }
        return minutes;
    }

    private static String key(String siteId, String participantId) {
        return siteId + "/" + participantId;
    }

    /** One participant's sessions, summed over the prices they were attended at. */
    private record Activity(int attended, int attendedInWindow, int missedInWindow, List<ActivityAttendance> byPrice) {

        static final Activity NONE = new Activity(0, 0, 0, List.of());

        Activity plus(Activity other) {
            List<ActivityAttendance> prices = new ArrayList<>(byPrice);
            prices.addAll(other.byPrice);
            return new Activity(attended + other.attended, attendedInWindow + other.attendedInWindow,
                    missedInWindow + other.missedInWindow, prices);
        }
    }
}
