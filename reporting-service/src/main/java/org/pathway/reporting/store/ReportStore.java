package org.pathway.reporting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * consumers keep, see {@code ParticipantStore}) and participant_outcome; grouping, statistics and
 * suppression happen in the domain. Native SQL: each reading is one aggregate over the cohort in
 * PostgreSQL, returning a row per kind of participant rather than an entity per participant.
 *
 * <p>A report reads only some of what is known about a participant: the attribute it groups by and,
 * say, the stages reached. Participants alike in all of that are read as one row with their number
 * and handed to the report as one {@link Participant} entry standing for that many ({@link
 * Participant#alike}, without a participant id), so that a report over the whole store moves and
 * builds from a few hundred rows instead of one per participant, and the report builders count, rank
 * and average exactly as over the participants one by one.
 */
@ApplicationScoped
public class ReportStore {

    /** What a report reads of each participant, besides their site and the attribute it groups by. */
    public enum Reading {
        /** Nothing: which groups the cohort falls into. */
        GROUPS(List.of()),
        /** The uptake stages reached. */
        STAGES(List.of("accepted_at is not null", "declined_at is not null", "contacted_at is not null",
                "placed_at is not null", "connected_at is not null or first_attended_on is not null",
                "engaged_at is not null or sustained_at is not null", "sustained_at is not null",
                "withdrawn_at is not null")),
        /** Days from referral to first contact and to the first attended session. */
        WAITS(List.of("(contacted_at at time zone 'UTC')::date - referred_at", "first_attended_on - referred_at")),
        /** Placed or not, sessions attended, and the sessions attended and missed in the adherence window. */
        ATTENDANCE(List.of("placed_at is not null", "sessions_attended", "attended_in_window", "missed_in_window")),
        /**
         * The uptake stages reached, as {@link #STAGES}, with activity pence and link-worker minutes summed
         * over the alike participants: the cost report needs only accepted and engaged of the stages and
         * adds the money up within a group, and the sites report takes its uptake figures from this
         * reading too, which saves a pass over the participants.
         */
        COST(STAGES.columns, "sum(activity_pence)", "sum(link_worker_minutes)");

        /** What alike participants share. */
        private final List<String> columns;
        /** What is summed over them; the other readings sum nothing, as each column read costs time on every row. */
        private final List<String> sums;

        Reading(List<String> columns, String... sums) {
            this.columns = columns;
            this.sums = List.of(sums);
        }
    }

    /** The site and the six groupable attributes, each selected only when grouped by: {@code %s} is the grouping. */
    private static final String PROFILE = "site_id, %s, %s, %s, %s, %s, %s";
    static final int PROFILE_COLUMNS = 7;
    /** Enough for the passes of a few reports at once; each holds a pooled connection while it runs. */
    private static final int READER_THREADS = 8;

    /**
     * One pass over participant for one or more readings: %1$s the profile, %2$s every reading's columns,
     * %3$s the sums, %4$s which grouping set a row is of (several readings only), %5$s the filter, %6$s the
     * grouping: the profile and the reading's columns, or a grouping set of them per reading.
     */
    private static final String PASS = """
            select %1$s%2$s, count(*)%3$s%4$s
            from participant
            where %5$s
            group by %6$s
            """;

    /**
     * Ordered, so that the scores reach the report, and are summed there, in the same order every time.
     * participant_outcome carries the participant's site, referral date and attributes: no join.
     */
    private static final String OUTCOMES = """
            select %1$s, instrument, timepoint, score_name, score, baseline_score, count(*)
            from participant_outcome
            where %2$s
            group by %1$s, instrument, timepoint, score_name, score, baseline_score
            order by %1$s, instrument, timepoint, score_name, score, baseline_score
            """;

    /** Runs the readings of one report at once (see {@link #cohorts}); daemon threads, so they never hold the JVM up. */
    private static final ExecutorService READERS = Executors.newFixedThreadPool(READER_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "report-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final DataSource dataSource;

    public ReportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The participants the filter covers, as far as a report grouping by {@code groupBy} and reading
     * {@code reading} can tell them apart: their site, the attribute grouped by (the others null) and
     * what {@code reading} names; everything else is null, false or zero.
     */
    public List<Participant> cohort(ReportFilter filter, GroupBy groupBy, Reading reading) {
        return pass(filter, groupBy, List.of(reading)).get(reading);
    }

    /**
     * {@link #cohort} for several readings, in passes that run at once, each on its own connection. A
     * pass of one reading is one simple aggregate, which PostgreSQL hashes and may run in parallel; a
     * pass of several readings scans participant once for all of them, with a grouping set each (the
     * readings of a pass must not share a column). On two cores, two passes at once take about as long
     * as one; a pass per reading, with four readings, twice as long.
     */
    public Map<Reading, List<Participant>> cohorts(ReportFilter filter, GroupBy groupBy, List<List<Reading>> passes) {
        List<CompletableFuture<Map<Reading, List<Participant>>>> reads = passes.stream()
                .map(pass -> CompletableFuture.supplyAsync(() -> pass(filter, groupBy, pass), READERS))
                .toList();
        Map<Reading, List<Participant>> cohorts = new EnumMap<>(Reading.class);
        try {
            reads.forEach(read -> cohorts.putAll(read.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return cohorts;
    }

    /** The cohort of each of {@code readings}, read in one pass over participant. */
    private Map<Reading, List<Participant>> pass(ReportFilter filter, GroupBy groupBy, List<Reading> readings) {
        boolean several = readings.size() > 1;
        if (several && readings.stream().mapToLong(reading -> reading.columns.size()).sum()
                != readings.stream().flatMap(reading -> reading.columns.stream()).distinct().count()) {
            throw new IllegalArgumentException("readings in one pass must not share a column: " + readings);
        }
        String profile = profile(groupBy);
        String grouping = several
                ? "grouping sets (" + readings.stream().map(reading -> "(" + profile + following(reading.columns) + ")")
                        .collect(Collectors.joining(", ")) + ")"
                : profile + following(readings.get(0).columns);
        String sets = several
                ? readings.stream().map(reading -> ", grouping(" + String.join(", ", reading.columns) + ")")
                        .collect(Collectors.joining())
                : "";
        int count = PROFILE_COLUMNS + readings.stream().mapToInt(reading -> reading.columns.size()).sum() + 1;
        int sums = readings.stream().mapToInt(reading -> reading.sums.size()).sum();
        Map<Reading, List<Participant>> cohorts = new EnumMap<>(Reading.class);
        readings.forEach(reading -> cohorts.put(reading, new ArrayList<>()));
        try (Connection connection = dataSource.getConnection()) {
            List<Object> parameters = new ArrayList<>();
            String sql = PASS.formatted(profile,
                    readings.stream().map(reading -> following(reading.columns)).collect(Collectors.joining()),
                    readings.stream().map(reading -> following(reading.sums)).collect(Collectors.joining()),
                    sets, filter.where(parameters, connection), grouping);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Statements.bind(statement, parameters.toArray());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int at = PROFILE_COLUMNS + 1;
                        int sumsAt = count + 1;
                        for (int i = 0; i < readings.size(); i++) {
                            Reading reading = readings.get(i);
                            if (!several || rows.getInt(count + sums + 1 + i) == 0) {
                                boolean summed = reading == Reading.COST;
                                cohorts.get(reading).add(participant(rows, reading, at,
                                        summed ? rows.getLong(sumsAt) : 0, summed ? rows.getLong(sumsAt + 1) : 0,
                                        rows.getLong(count)));
                            }
                            at += reading.columns.size();
                            sumsAt += reading.sums.size();
                        }
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
                        int at = PROFILE_COLUMNS + 1;
                        scores.add(new OutcomeScore(participant, rows.getString(at), rows.getString(at + 1),
                                rows.getString(at + 2), rows.getDouble(at + 3), (Double) rows.getObject(at + 4),
                                rows.getInt(at + 5)));
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

    static String profile(GroupBy groupBy) {
        return PROFILE.formatted(
                groupBy == GroupBy.AGE_BAND ? "age_at_referral" : "null::integer",
                groupBy == GroupBy.GENDER ? "gender" : "null::text",
                groupBy == GroupBy.ETHNICITY ? "ethnic_category" : "null::text",
                groupBy == GroupBy.DEPRIVATION ? "deprivation_decile" : "null::integer",
                groupBy == GroupBy.NEED ? "presenting_needs" : "null::text",
                groupBy == GroupBy.ARM ? "coalesce(arm, 'pathway')" : "null::text");
    }

    /** Columns 1–7: the profile; from {@code at}, the columns of {@code reading}. */
    private static Participant participant(ResultSet rows, Reading reading, int at, long activityPence,
                                           long linkWorkerMinutes, long alike) throws SQLException {
        Participant profile = profileOnly(rows);
        Participant.Stages stages = new Participant.Stages(false, false, false, false, false, false, false, false);
        Integer daysToContact = null;
        Integer daysToFirstSession = null;
        int sessionsAttended = 0;
        boolean adheres = false;
        switch (reading) {
            case STAGES, COST -> stages = new Participant.Stages(rows.getBoolean(at), rows.getBoolean(at + 1),
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
            case GROUPS -> {
            }
        }
        return new Participant(profile.siteId(), null, profile.ageAtReferral(), profile.gender(),
                profile.ethnicCategory(), profile.deprivationDecile(), profile.presentingNeeds(), stages,
                daysToContact, daysToFirstSession, sessionsAttended, adheres, activityPence, linkWorkerMinutes, alike,
                profile.arm());
    }

    static Participant profileOnly(ResultSet rows) throws SQLException {
        String needs = rows.getString(6);
        return new Participant(
                rows.getString(1),
                null,
                (Integer) rows.getObject(2),
                rows.getString(3),
                rows.getString(4),
                (Integer) rows.getObject(5),
                needs == null ? List.of() : Arrays.asList(needs.split("\\" + ParticipantStore.NEED_SEPARATOR)),
                new Participant.Stages(false, false, false, false, false, false, false, false),
                null, null, 0, false, 0, 0, 1, rows.getString(7));
    }
}
