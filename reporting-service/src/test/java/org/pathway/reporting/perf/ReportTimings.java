package org.pathway.reporting.perf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.pathway.chassis.time.PathwayClock;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.Reports;
import org.pathway.reporting.store.FollowUpStore;
import org.pathway.reporting.store.ReportFilter;
import org.pathway.reporting.store.ReportStore;
import org.pathway.reporting.store.ReportStore.Reading;

/**
 * Measures how long each report takes over a large store: 100,000 participants and 2,000,000
 * attendance facts over two sites, loaded straight into an embedded PostgreSQL with the service's own
 * migrations (the totals and outcomes migrations run after the load, so their backfill computes what the
 * consumers would have kept). Times the service's read path ({@code Reports}, whose report methods the resources
 * call, over {@code ReportStore}'s SQL), through a connection pool as the service reads, without HTTP
 * and JSON: p50 and max of 10 runs after a warm-up. A tool, not a test; run it as the README's Performance
 * section says. With {@code -Dpathway.timings.hold=true} it keeps the store afterwards, for EXPLAIN with psql.
 */
public final class ReportTimings {

    private static final int PARTICIPANTS = 100_000;
    private static final int SESSIONS_PER_PLACED = 25;
    private static final int RUNS = 10;
    private static final List<String> SITES = List.of("cardiff-vale", "north-london");
    private static final long HOURLY_RATE_PENCE = 2564;

    private ReportTimings() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            long loadStarted = System.nanoTime();
            load(dataSource);
            System.out.printf("loaded in %d s: %s%n", (System.nanoTime() - loadStarted) / 1_000_000_000, counts(dataSource));
            long totalsStarted = System.nanoTime();
            List<String> later = laterMigrations();
            for (String migration : later) {
                execute(dataSource, resource("/db/migration/" + migration));
            }
            // What autovacuum does to a store that is written all the time; the backfills left every row dead once.
            execute(dataSource, "vacuum analyze");
            System.out.printf("participant totals, outcomes and the other later columns computed from the loaded facts "
                    + "(%s) in %d s%n", later, (System.nanoTime() - totalsStarted) / 1_000_000_000);
            System.out.println("load average before timing: " + loadAverage());
            // The service reads through a pool (Agroal): time the reports, not opening a connection each time.
            try (AgroalDataSource pool = pooled(postgres.getJdbcUrl("postgres", "postgres"))) {
                ReportStore store = new ReportStore(pool);
                Reports reports = new Reports(store, site -> HOURLY_RATE_PENCE,
                        new PathwayClock(Clock.systemUTC(), ZoneId.of("Europe/London")), new FollowUpStore(pool),
                        site -> 21);
                time("all sites, all dates, by site", reports, store, new ReportFilter(SITES, null, null), GroupBy.SITE);
                time("one site, one month, by ageBand", reports, store, new ReportFilter(List.of("north-london"),
                        LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30")), GroupBy.AGE_BAND);
            }
            if (Boolean.getBoolean("pathway.timings.hold")) {
                // Keeps the loaded store for EXPLAIN with psql until the tool is stopped.
                System.out.println("holding the store: " + postgres.getJdbcUrl("postgres", "postgres"));
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    private static void time(String title, Reports reports, ReportStore store, ReportFilter filter, GroupBy groupBy) {
        Map<String, Supplier<Object>> timed = new LinkedHashMap<>();
        timed.put("uptake", () -> reports.uptake(filter, groupBy));
        timed.put("timeliness", () -> reports.timeliness(filter, groupBy));
        timed.put("attendance", () -> reports.attendance(filter, groupBy));
        timed.put("outcomes", () -> reports.outcomes(filter, groupBy));
        timed.put("cost", () -> reports.cost(filter, groupBy));
        timed.put("sites", () -> reports.sites(filter));
        for (Reading reading : List.of(Reading.STAGES, Reading.WAITS, Reading.ATTENDANCE, Reading.COST)) {
            timed.put("reading " + reading + " only", () -> store.cohort(filter, GroupBy.SITE, reading));
        }
        timed.put("readings WAITS and ATTENDANCE in one pass", () -> store.cohorts(filter, GroupBy.SITE,
                List.of(List.of(Reading.WAITS, Reading.ATTENDANCE))));
        System.out.println(title + ":");
        timed.forEach((name, report) -> {
            report.get();
            List<Long> millis = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long started = System.nanoTime();
                report.get();
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf("  %-42s p50 %5d ms (min %d, max %d over %d runs)%n", name, millis.get((RUNS - 1) / 2),
                    millis.get(0), millis.get(RUNS - 1), RUNS);
        });
        System.out.println("  load average: " + loadAverage());
    }

    private static void load(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(resource("/db/migration/V1__research_store.sql"));
            // Stages by participant number: 5% declined, 5% never contacted, 10% contacted only, 80% placed.
            statement.execute("""
                    insert into participant (site_id, participant_id, referred_at, age_at_referral, gender, ethnic_category,
                        deprivation_decile, presenting_needs, accepted_at, declined_at, contacted_at, placed_at,
                        first_attended_on, connected_at, engaged_at, sustained_at)
                    select site, id, referred, 11 + i %% 8,
                           (array['female','male','non-binary'])[1 + i %% 3],
                           (array['A','B','D','H','M','R','Z'])[1 + i %% 7],
                           1 + i %% 10,
                           case when i %% 4 = 0 then 'anxiety|depression' else 'anxiety' end,
                           case when i %% 20 <> 0 then referred + time '10:00' end,
                           case when i %% 20 = 0 then referred + time '10:00' end,
                           case when i %% 20 > 1 then referred + (i %% 21) + time '10:00' end,
                           case when i %% 20 > 3 then referred + 21 + time '10:00' end,
                           case when i %% 20 > 3 then referred + 22 end,
                           case when i %% 20 > 3 then referred + 22 + time '18:00' end,
                           case when i %% 20 > 3 and i %% 3 <> 0 then referred + 36 + time '18:00' end,
                           case when i %% 20 > 3 and i %% 6 = 1 then referred + 57 + time '18:00' end
                    from (select i, case when i %% 2 = 0 then 'north-london' else 'cardiff-vale' end as site,
                                 'P-PF' || lpad(i::text, 14, '0') as id, date '2024-01-01' + (i %% 730) as referred
                          from generate_series(1, %d) i) p
                    """.formatted(PARTICIPANTS));
            statement.execute("""
                    insert into attendance (site_id, participant_id, provider_id, provider_event_id, session_date,
                                            status, cost_per_session_pence)
                    select p.site_id, p.participant_id, 'provider', p.participant_id || '-' || s,
                           (p.placed_at at time zone 'UTC')::date + 1 + 7 * s,
                           case when abs(hashtext(p.participant_id || s)) %% 3 = 0 then 'missed' else 'attended' end,
                           300 + 100 * (abs(hashtext(p.participant_id)) %% 8)
                    from participant p cross join generate_series(0, %d) s
                    where p.placed_at is not null
                    """.formatted(SESSIONS_PER_PLACED - 1));
            statement.execute("""
                    insert into link_worker_session (site_id, session_id, participant_id, session_date, minutes, mode)
                    select p.site_id, gen_random_uuid(), p.participant_id, (p.contacted_at at time zone 'UTC')::date + 7 * s,
                           30 + 15 * s, 'phone'
                    from participant p cross join generate_series(0, 2) s
                    where p.contacted_at is not null
                    """);
            statement.execute("""
                    insert into outcome_score (site_id, outcome_id, participant_id, instrument, timepoint, completed_at,
                                               score_name, score)
                    select p.site_id, gen_random_uuid(), p.participant_id, 'SWEMWBS', t.timepoint, p.referred_at + t.day,
                           'metricScore', 15 + abs(hashtext(p.participant_id || t.timepoint)) % 12
                    from participant p
                    cross join (values ('baseline', 1), ('3m', 90), ('6m', 180)) t(timepoint, day)
                    where p.placed_at is not null
                    """);
            statement.execute("""
                    insert into site_freshness (site_id, last_event_at, last_received_at)
                    values ('north-london', now(), now()), ('cardiff-vale', now(), now())
                    """);
            statement.execute("analyze");
        }
    }

    private static AgroalDataSource pooled(String jdbcUrl) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(8)
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(jdbcUrl)
                                .principal(new NamePrincipal("postgres")))));
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String counts(DataSource dataSource) throws SQLException {
        StringBuilder counts = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("participant", "attendance", "link_worker_session", "outcome_score")) {
                try (var rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.append(table).append(' ').append(rows.getLong(1)).append("; ");
                }
            }
        }
        return counts.toString();
    }

    /** Every migration after V1, in version order: the store the service has today, whatever migrations it gained. */
    private static List<String> laterMigrations() throws IOException, URISyntaxException {
        Path directory = Path.of(ReportTimings.class.getResource("/db/migration/V1__research_store.sql").toURI()).getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql") && !name.startsWith("V1__"))
                    .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
                    .toList();
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ReportTimings.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
