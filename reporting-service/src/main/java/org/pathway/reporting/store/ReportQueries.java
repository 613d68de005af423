package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.OutcomeScore;
import org.pathway.reporting.domain.report.Participant;
import org.pathway.reporting.domain.report.SiteFreshness;
import org.pathway.reporting.domain.uptake.Adherence;

/**
 * Reads the research store for the reports, from the participant table (whose activity totals the
 * consumers keep, see {@code ParticipantTotals}) and participant_outcome; grouping, statistics and
 * suppression happen in the domain.
 *
 * <p>A report reads only some of what is known about a participant: the attribute it groups by and,
 * say, the stages reached. Participants alike in all of that are read as one row with their number
 * and handed to the report as that many equal {@link Participant}s (one shared instance, without a
 * participant id), so that a report over the whole store moves a few hundred rows instead of one per
 * participant, and the report builders count, rank and average exactly as over the participants one by one.
 */
@ApplicationScoped
public class ReportQueries {

    /** What a report reads of each participant, besides their site and the attribute it groups by. */
    public enum Reading {
        /** Nothing: which groups the cohort falls into. */
        GROUPS(),
        /** The uptake stages reached. */
        STAGES("p.accepted_at is not null", "p.declined_at is not null", "p.contacted_at is not null",
                "p.placed_at is not null", "p.connected_at is not null or p.first_attended_on is not null",
                "p.engaged_at is not null or p.sustained_at is not null", "p.sustained_at is not null",
                "p.withdrawn_at is not null"),
        /** Days from referral to first contact and to the first attended session. */
        WAITS("(p.contacted_at at time zone 'UTC')::date - p.referred_at", "p.first_attended_on - p.referred_at"),
        /** Placed or not, sessions attended, and the sessions attended and missed in the adherence window. */
        ATTENDANCE("p.placed_at is not null", "p.sessions_attended", "p.attended_in_window", "p.missed_in_window"),
        /**
         * Accepted and engaged or not. Activity pence and link-worker minutes are summed over the alike
         * participants and carried by the first of them: the cost report only adds them up within a group.
         */
        COST("p.accepted_at is not null", "p.engaged_at is not null or p.sustained_at is not null");

        private final List<String> columns;

        Reading(String... columns) {
            this.columns = List.of(columns);
        }
    }

    /** The site and the five groupable attributes, each selected only when grouped by: {@code %s} is the grouping. */
    private static final String PROFILE = "p.site_id, %s, %s, %s, %s, %s";
    private static final int PROFILE_COLUMNS = 6;

    /** One grouping set per reading: a single pass over the participant table however many readings. */
    private static final String COHORTS = """
            select %1$s%2$s, count(*), sum(p.activity_pence), sum(p.link_worker_minutes), grouping(p.site_id%2$s)
            from participant p
            where %3$s
            group by grouping sets (%4$s)
            """;

    private static final String OUTCOMES = """
            select %1$s, o.instrument, o.timepoint, o.score_name, o.score, o.baseline_score, count(*)
            from participant p
            join participant_outcome o on o.site_id = p.site_id and o.participant_id = p.participant_id
            where %2$s
            group by %1$s, o.instrument, o.timepoint, o.score_name, o.score, o.baseline_score
            order by %1$s, o.instrument, o.timepoint, o.score_name, o.score, o.baseline_score
            """;

    private final DataSource dataSource;

    public ReportQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The participants the filter covers, as far as a report grouping by {@code groupBy} and reading
     * {@code reading} can tell them apart: their site, the attribute grouped by (the others null) and
     * what {@code reading} names; everything else is null, false or zero.
     */
    public List<Participant> cohort(ReportFilter filter, GroupBy groupBy, Reading reading) {
        return cohorts(filter, groupBy, List.of(reading)).get(reading);
    }

    /** {@link #cohort} for several readings at once, in one query. */
    public Map<Reading, List<Participant>> cohorts(ReportFilter filter, GroupBy groupBy, List<Reading> readings) {
        List<String> columns = readings.stream().flatMap(reading -> reading.columns.stream()).toList();
        String profile = profile(groupBy);
        String sets = readings.stream().map(reading -> "(" + profile + following(reading.columns) + ")")
                .collect(Collectors.joining(", "));
        Map<Integer, Reading> bySet = new HashMap<>();
        Map<Reading, Integer> offsets = new EnumMap<>(Reading.class);
        Map<Reading, List<Participant>> cohorts = new EnumMap<>(Reading.class);
        int offset = PROFILE_COLUMNS + 1;
        for (Reading reading : readings) {
            bySet.put(groupingOf(columns, reading), reading);
            offsets.put(reading, offset);
            offset += reading.columns.size();
            cohorts.put(reading, new ArrayList<>());
        }
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String sql = COHORTS.formatted(profile, following(columns), filter.where(parameters, connection), sets);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Reading reading = bySet.get(rows.getInt(offset + 3));
                        int alike = rows.getInt(offset);
                        Participant participant = participant(rows, reading, offsets.get(reading), 0, 0);
                        List<Participant> cohort = cohorts.get(reading);
                        if (reading == Reading.COST) {
                            cohort.add(participant(rows, reading, offsets.get(reading), rows.getLong(offset + 1),
                                    rows.getLong(offset + 2)));
                            alike--;
                        }
                        cohort.addAll(Collections.nCopies(alike, participant));
                    }
                }
            }
            return cohorts;
        } catch (SQLException e) {
            throw new IllegalStateException("the research store could not be read", e);
        }
    }

    /** The columns, each after a comma. */
    private static String following(List<String> columns) {
        return columns.stream().map(column -> ", " + column).collect(Collectors.joining());
    }

    /** What {@code grouping(p.site_id, columns)} gives for the rows of {@code reading}'s set: a 1 bit for each column not in it. */
    private static int groupingOf(List<String> columns, Reading reading) {
        int grouping = 0;
        for (String column : columns) {
            grouping = (grouping << 1) | (reading.columns.contains(column) ? 0 : 1);
        }
        return grouping;
    }

    /**
     * The outcome scores of the participants the filter covers, alike ones counted together: each with
     * the participant's site and the attribute grouped by, as {@link #cohort} gives them.
     */
    public List<OutcomeScore> outcomes(ReportFilter filter, GroupBy groupBy) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String sql = OUTCOMES.formatted(profile(groupBy), filter.where(parameters, connection));
            List<OutcomeScore> scores = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Participant participant = profileOnly(rows);
                        scores.add(new OutcomeScore(participant, rows.getString(7), rows.getString(8),
                                rows.getString(9), rows.getDouble(10), (Double) rows.getObject(11), rows.getInt(12)));
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

    private static String profile(GroupBy groupBy) {
        return PROFILE.formatted(
                groupBy == GroupBy.AGE_BAND ? "p.age_at_referral" : "null::integer",
                groupBy == GroupBy.GENDER ? "p.gender" : "null::text",
                groupBy == GroupBy.ETHNICITY ? "p.ethnic_category" : "null::text",
                groupBy == GroupBy.DEPRIVATION ? "p.deprivation_decile" : "null::integer",
                groupBy == GroupBy.NEED ? "p.presenting_needs" : "null::text");
    }

    /** Columns 1–6: the profile; from {@code at}: the columns of {@code reading}. */
    private static Participant participant(ResultSet rows, Reading reading, int at, long activityPence,
                                           long linkWorkerMinutes) throws SQLException {
        Participant profile = profileOnly(rows);
        Participant.Stages stages = new Participant.Stages(false, false, false, false, false, false, false, false);
        Integer daysToContact = null;
        Integer daysToFirstSession = null;
        int sessionsAttended = 0;
        boolean adheres = false;
        switch (reading) {
            case STAGES -> stages = new Participant.Stages(rows.getBoolean(at), rows.getBoolean(at + 1),
                    rows.getBoolean(at + 2), rows.getBoolean(at + 3), rows.getBoolean(at + 4), rows.getBoolean(at + 5),
                    rows.getBoolean(at + 6), rows.getBoolean(at + 7));
            case WAITS -> {
                daysToContact = (Integer) rows.getObject(at);
                daysToFirstSession = (Integer) rows.getObject(at + 1);
            }
            case ATTENDANCE -> {
                stages = new Participant.Stages(false, false, false, rows.getBoolean(at), false, false, false, false);
                sessionsAttended = rows.getInt(at + 1);
                adheres = Adherence.adheres(rows.getInt(at + 2), rows.getInt(at + 3));
            }
            case COST -> stages = new Participant.Stages(rows.getBoolean(at), false, false, false, false,
                    rows.getBoolean(at + 1), false, false);
            case GROUPS -> {
            }
        }
        return new Participant(profile.siteId(), null, profile.ageAtReferral(), profile.gender(),
                profile.ethnicCategory(), profile.deprivationDecile(), profile.presentingNeeds(), stages,
                daysToContact, daysToFirstSession, sessionsAttended, adheres, activityPence, linkWorkerMinutes);
    }

    private static Participant profileOnly(ResultSet rows) throws SQLException {
        String needs = rows.getString(6);
        return new Participant(
                rows.getString(1),
                null,
                (Integer) rows.getObject(2),
                rows.getString(3),
                rows.getString(4),
                (Integer) rows.getObject(5),
                needs == null ? List.of() : Arrays.asList(needs.split("\\" + ParticipantRows.NEED_SEPARATOR)),
                new Participant.Stages(false, false, false, false, false, false, false, false),
                null, null, 0, false, 0, 0);
    }
}
