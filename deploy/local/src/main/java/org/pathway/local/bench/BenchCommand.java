package org.pathway.local.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.security.Roles;
import org.pathway.local.drill.KafkaProbe;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Postgres;
import org.pathway.local.stack.Stack;
import org.pathway.local.stack.StackData;
import org.pathway.local.stack.StackDescription;
import org.pathway.local.stack.StackSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pathway bench}: throughput and latency of referral intake (the JSON door and the FHIR door), end to end into reporting, and attendance
 * webhooks against the local stack, through the public APIs with real Keycloak tokens and webhook signatures, each
 * next to a ceiling measured in the same run (HTTP + token, the database, the broker). Writes
 * {@code run/bench-<timestamp>.json}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure referral intake, end-to-end latency into reporting and attendance webhooks against the "
                + "stack of `./pathway up` (or one it starts with --start-stack), next to ceilings measured in the same "
                + "run, and write run/bench-<timestamp>.json.",
                "Needs a quiet stack: it adds referrals, an activity, a provider and placements at the site."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--site", defaultValue = "north-london", description = "site to load (default ${DEFAULT-VALUE})")
    String site;

    @Option(names = "--concurrency", defaultValue = "8",
            description = "requests on their way at once for intake and its ceilings (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--seconds", defaultValue = "20",
            description = "measured window of intake and of each closed-loop ceiling (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "5", description = "seconds before each window, not counted (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--e2e-rate", defaultValue = "100", description = "referrals a second offered end to end (default ${DEFAULT-VALUE})")
    double e2eRate;

    @Option(names = "--e2e-seconds", defaultValue = "20", description = "end-to-end window (default ${DEFAULT-VALUE})")
    int e2eSeconds;

    @Option(names = "--e2e-sustainable", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also measure end to end at half the intake throughput measured, a rate the intake can "
                    + "sustain (default ${DEFAULT-VALUE}; --no-e2e-sustainable to skip)")
    boolean e2eSustainable;

    @Option(names = "--fhir", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also measure the FHIR door's intake (BaRS $process-message) right after the JSON door's, with "
                    + "the same referrals as Bundles (default ${DEFAULT-VALUE}; --no-fhir to skip)")
    boolean fhir;

    @Option(names = "--kafka-seconds", defaultValue = "10", description = "broker round-trip window (default ${DEFAULT-VALUE})")
    int kafkaSeconds;

    @Option(names = "--kafka-records", defaultValue = "20000", description = "records of the broker throughput burst (default ${DEFAULT-VALUE})")
    int kafkaRecords;

    @Option(names = "--webhook-placements", defaultValue = "400",
            description = "placements the webhooks report on, a multiple of 100 (default ${DEFAULT-VALUE})")
    int webhookPlacements;

    @Option(names = "--webhook-concurrency", defaultValue = "4",
            description = "webhook batches on their way at once (default ${DEFAULT-VALUE})")
    int webhookConcurrency;

    @Option(names = "--webhook-seconds", defaultValue = "20", description = "webhook window (default ${DEFAULT-VALUE})")
    int webhookSeconds;

    @Option(names = "--absorb-rates", split = ",", defaultValue = "100,200,300,400",
            description = "referrals a second offered, in turn, for the whole platform's throughput: each for "
                    + "--absorb-seconds, stopping at the first the stack does not absorb (default ${DEFAULT-VALUE})")
    List<Double> absorbRates;

    @Option(names = "--absorb-seconds", defaultValue = "60", description = "window of each absorbed rate (default ${DEFAULT-VALUE})")
    int absorbSeconds;

    @Option(names = "--absorb", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "measure the whole platform's throughput last (default ${DEFAULT-VALUE}; --no-absorb to skip)")
    boolean absorb;

    @Option(names = "--start-stack", description = "start a stack in this process for the bench (as `demo` does) and stop it after")
    boolean startStack;

    @Option(names = "--out", description = "where to write the JSON (default: <run dir>/bench-<timestamp>.json)")
    Path out;


    @Override
    public Integer call() throws Exception {
        if (concurrency < 1 || webhookConcurrency < 1 || seconds < 1 || e2eSeconds < 1 || e2eRate <= 0 || absorbSeconds < 1
                || absorbRates.stream().anyMatch(rate -> !(rate > 0))) {
            throw new IllegalArgumentException("concurrency, windows and rates must be positive");
        }
        Layout layout = Layout.discover().ensureRunDir();
        Instant started = Instant.now();
        if (!startStack) {
            StackDescription stack = StackDescription.read(layout.stackJson())
                    .filter(d -> ProcessHandle.of(d.ownerPid()).map(ProcessHandle::isAlive).orElse(false))
                    .orElseThrow(() -> new IllegalStateException("no stack is running for " + layout.runDir()
                            + ": `./pathway up` first (same PATHWAY_RUN_DIR and PATHWAY_PORT_OFFSET), or --start-stack"));
            return bench(layout, stack, started);
        }
        if (StackDescription.read(layout.stackJson()).filter(d -> ProcessHandle.of(d.ownerPid())
                .map(ProcessHandle::isAlive).orElse(false)).isPresent()) {
            throw new IllegalStateException("a stack is already running for " + layout.runDir() + ": drop --start-stack");
        }
        System.out.println("Starting a stack for the bench (logs in " + layout.runDir() + ") ...");
        try (Stack stack = Stack.start(layout, StackSettings.fromEnvironment(System.getenv()), System.getenv(), System.out)) {
            return bench(layout, stack.description(), started);
        }
    }

    private int bench(Layout layout, StackDescription stack, Instant started) throws Exception {
        if (!stack.sites().contains(site)) {
            throw new IllegalArgumentException("the stack hosts " + stack.sites() + ", not " + site);
        }
        String dbUser = stack.databaseUser();
        String external = System.getenv(Postgres.EXTERNAL_URL_ENV);
        String dbPassword = external == null || external.isBlank() ? DemoUsers.PASSWORD
                : System.getenv().getOrDefault(Postgres.EXTERNAL_PASSWORD_ENV, "");
        Map<String, String> databases = stack.databases();
        URI referral = stack.services().get("referral-service");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        String run = stamp.replace("-", "").substring(2);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReferralBodies bodies = new ReferralBodies(site, run, ReferralBodies.serialStartFor(started.getEpochSecond()), today);
        Http http = new Http(new KeycloakTokenSource(stack.identity()));
        String referrer = DemoUsers.atSite(Roles.REFERRER, site);
        Duration window = Duration.ofSeconds(seconds);
        Duration warm = Duration.ofSeconds(warmUp);

        Map<String, Long> pids = new LinkedHashMap<>(stack.processes());
        pids.put("bench", ProcessHandle.current().pid());
        CpuProbe cpu = new CpuProbe(pids, postmaster(layout));
        Backlog backlog = new Backlog(databases, dbUser, dbPassword, site);
        BenchReport report = new BenchReport(cpu);

        report.put("startedAt", started.toString());
        report.put("machine", CpuProbe.machine());
        report.put("stack", Map.of("runDir", layout.runDir().toString(), "startupSeconds", stack.startupSeconds(),
                "services", stack.services(), "kafka", stack.kafka()));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("site", site);
        settings.put("concurrency", concurrency);
        settings.put("windowSeconds", seconds);
        settings.put("warmUpSeconds", warmUp);
        settings.put("fhir", fhir);
        settings.put("e2eRatePerSecond", e2eRate);
        settings.put("e2eSeconds", e2eSeconds);
        settings.put("kafkaSeconds", kafkaSeconds);
        settings.put("kafkaRecords", kafkaRecords);
        settings.put("webhookPlacements", webhookPlacements);
        settings.put("webhookConcurrency", webhookConcurrency);
        settings.put("webhookSeconds", webhookSeconds);
        settings.put("absorbRates", absorb ? absorbRates : List.of());
        settings.put("absorbSeconds", absorbSeconds);
        report.put("settings", settings);
        System.out.printf("pathway bench against %s (site %s), %d processors, load average %s%n", referral, site,
                Runtime.getRuntime().availableProcessors(), CpuProbe.loadAverage());
        http.get(referral.resolve("/sites/" + site + "/settings"), referrer); // a token, and a first request
        double quietAtStart = backlog.awaitQuiet(Duration.ofSeconds(2), Duration.ofSeconds(60));
        System.out.printf("  stack quiet (waited %.1f s)%n", Math.abs(quietAtStart));

        // (a) HTTP + token ceiling: the service's cheapest authenticated endpoint.
        URI settingsUri = referral.resolve("/sites/" + site + "/settings");
        Measurement httpCeiling = report.phase("ceiling (a): GET /sites/" + site + "/settings (HTTP + token)",
                () -> ClosedLoop.run("HTTP + token ceiling", "requests", 1, concurrency, warm, window,
                        (w, i) -> http.get(settingsUri, referrer).status() == 200));

        // 1. Intake at fixed concurrency.
        URI referrals = referral.resolve("/sites/" + site + "/referrals");
        List<String> acceptedIds = Collections.synchronizedList(new ArrayList<>());
        Measurement intake = report.phase("intake: POST /sites/" + site + "/referrals at concurrency " + concurrency,
                () -> ClosedLoop.run("referral intake", "referrals", 1, concurrency, warm, window, (w, i) -> {
                    ReferralBodies.Referral r = bodies.next();
                    Http.Response response = http.post(referrals, referrer, r.json(),
                            Map.of(IdempotencyKeyHeader.HEADER, UUID.randomUUID().toString()));
                    boolean ok = response.status() == 201 && "ACCEPTED".equals(response.json().path("status").asText());
                    if (ok) {
                        acceptedIds.add(response.json().path("participantId").asText());
                    }
                    return ok;
                }));

        // 1'. The FHIR door's intake, measured the same way: the same referrals as BaRS message Bundles.
        Measurement fhirIntake = null;
        if (fhir) {
            URI processMessage = referral.resolve("/sites/" + site + "/fhir/$process-message");
            ClosedLoop.Operation operation = FhirBundles.load().intake(http, processMessage, referrer, bodies);
            fhirIntake = report.phase("intake (FHIR): POST /sites/" + site + "/fhir/$process-message at concurrency "
                    + concurrency, () -> ClosedLoop.run("FHIR referral intake", "referrals", 1, concurrency, warm,
                    window, operation));
        }

        // (b) Database ceiling: the same statements in a scratch copy of the site's referral tables.
        String siteSchema = "site_" + site.replace('-', '_');
        Measurement dbCeiling;
        try (ScratchSchema scratch = ScratchSchema.create(databases.get("referral"), dbUser, dbPassword,
                "bench_scratch_" + run, siteSchema, DatabaseCeiling.REFERRAL_TABLES, DatabaseCeiling.REFERRAL_EXTRA)) {
            ReferralBodies scratchBodies = new ReferralBodies(site, run + "db", 100_000_000L, today);
            dbCeiling = report.phase("ceiling (b): the intake transaction over JDBC (scratch schema " + scratch.name() + ")",
                    () -> DatabaseCeiling.run("database ceiling (referral)", "transactions", 1, concurrency, warm, window,
                            () -> new DatabaseCeiling.ReferralWriter(scratch, site, scratchBodies),
                            (writer, i) -> writer.write()));
        }

        System.out.println("  waiting for the consumers to work off the intake phase's events ...");
        long drainStart = System.nanoTime();
        double drained = backlog.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(240));
        Map<String, Object> drain = new LinkedHashMap<>();
        drain.put("referralsAccepted", acceptedIds.size());
        drain.put("secondsAfterDatabaseCeiling", drained);
        drain.put("backlog", backlog.counts());
        report.put("drainAfterIntake", drain);
        System.out.printf("  quiet %.1f s after the database ceiling ended (%s)%n", drained, backlog.counts());

        // (c) Broker ceiling.
        Measurement kafkaRoundTrip;
        Measurement kafkaThroughput;
        try (KafkaCeiling kafka = new KafkaCeiling(stack.kafka(), "pathway.bench." + run)) {
            kafkaRoundTrip = report.phase("ceiling (c): broker round trip at " + Format.rate(e2eRate) + " records/s",
                    () -> kafka.roundTrip(e2eRate, Duration.ofSeconds(kafkaSeconds)));
            kafkaThroughput = report.phase("ceiling (c'): broker throughput, " + kafkaRecords
                    + " records as fast as produced", () -> kafka.throughput(kafkaRecords));
        }

        // 2. End to end at a fixed offered rate; first (optionally) at a rate the intake sustains on this machine.
        EndToEnd endToEnd = new EndToEnd(http, referral, site, bodies, databases.get("reporting"), dbUser, dbPassword);
        EndToEnd.Result sustained = null;
        if (e2eSustainable) {
            double rate = Math.max(1, Math.round(intake.perSecond() * 5) / 10.0);
            EndToEnd.Result[] result = new EndToEnd.Result[1];
            report.phase("end to end at a sustainable rate: " + Format.rate(rate) + " referrals/s (half the intake "
                    + "throughput) for " + e2eSeconds + " s", () -> {
                result[0] = endToEnd.run(rate, Duration.ofSeconds(e2eSeconds), Duration.ofSeconds(60));
                return result[0].endToEnd();
            });
            sustained = result[0];
            report.endToEnd(sustained);
            backlog.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(120));
        }
        EndToEnd.Result[] e2e = new EndToEnd.Result[1];
        Measurement e2eLatency = report.phase("end to end: " + Format.rate(e2eRate) + " referrals/s for " + e2eSeconds
                + " s, 201 → counted in reporting", () -> {
            e2e[0] = endToEnd.run(e2eRate, Duration.ofSeconds(e2eSeconds), Duration.ofSeconds(60));
            return e2e[0].endToEnd();
        });
        report.endToEnd(e2e[0]);

        // 3. Attendance webhooks.
        Measurement webhooks = null;
        Measurement webhookDbCeiling = null;
        backlog.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(120));
        if (acceptedIds.size() < webhookPlacements) {
            System.out.printf("  referring %d more young people to place for the webhooks (not measured) ...%n",
                    webhookPlacements - acceptedIds.size());
            referMore(http, referrals, referrer, bodies, acceptedIds, webhookPlacements, Duration.ofSeconds(240));
        }
        int placements = Math.min(webhookPlacements, acceptedIds.size()) / Webhooks.BATCH * Webhooks.BATCH;
        if (placements == 0) {
            System.out.println("  webhooks skipped: intake accepted fewer than " + Webhooks.BATCH + " referrals to place");
        } else {
            Webhooks hooks = new Webhooks(http, stack.services().get("matching-service"),
                    stack.services().get("engagement-service"), site, "bench-" + run, today);
            double setUp = hooks.setUp(new ArrayList<>(acceptedIds.subList(0, placements)), concurrency, Duration.ofSeconds(180));
            System.out.printf("  webhook set-up: %d placements, known to engagement-service after %.1f s%n",
                    hooks.placements(), setUp);
            report.put("webhookSetUp", Map.of("placements", hooks.placements(), "seconds", setUp));
            backlog.awaitQuiet(Duration.ofSeconds(2), Duration.ofSeconds(120));
            // Batches on their way at once must not share placements (they would wait on each other's locks).
            int hookConcurrency = Math.min(webhookConcurrency, hooks.placements() / Webhooks.BATCH);
            if (hookConcurrency < webhookConcurrency) {
                System.out.printf("  webhook concurrency %d, not %d: only %d placements%n", hookConcurrency,
                        webhookConcurrency, hooks.placements());
            }
            try (ScratchSchema scratch = ScratchSchema.create(databases.get("engagement"), dbUser, dbPassword,
                    "bench_scratch_" + run, siteSchema, DatabaseCeiling.ATTENDANCE_TABLES, List.of())) {
                webhookDbCeiling = report.phase("ceiling (b'): a batch's 100 attendance + 100 outbox rows over JDBC, "
                        + hookConcurrency + " at once",
                        () -> DatabaseCeiling.run("database ceiling (attendance)", "events", Webhooks.BATCH,
                                hookConcurrency, warm, Duration.ofSeconds(webhookSeconds),
                                () -> new DatabaseCeiling.AttendanceWriter(scratch, site, Webhooks.BATCH),
                                DatabaseCeiling.AttendanceWriter::write));
            }
            Measurement[] measured = new Measurement[1];
            report.phase("webhooks: signed batches of " + Webhooks.BATCH + " at concurrency " + hookConcurrency, () -> {
                measured[0] = hooks.run(hookConcurrency, warm, Duration.ofSeconds(webhookSeconds));
                return measured[0];
            });
            webhooks = measured[0];
        }

        // 4. The whole platform's throughput: the highest offered rate it absorbs (last: it adds the most referrals).
        double absorbed = Double.NaN;
        if (absorb) {
            Absorption absorption = new Absorption(http, referral, site, bodies, backlog, new KafkaProbe(stack.kafka()));
            absorbed = absorbed(report, absorption, backlog);
        }

        // Ratios and targets.
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison("intake", "database ceiling", Comparison.Kind.THROUGHPUT, intake.perSecond(),
                dbCeiling.perSecond()));
        comparisons.add(new Comparison("intake", "HTTP + token ceiling", Comparison.Kind.THROUGHPUT, intake.perSecond(),
                httpCeiling.perSecond()));
        comparisons.add(new Comparison("end-to-end p95", "the broker round-trip p95", Comparison.Kind.LATENCY,
                e2eLatency.latency().p95(), kafkaRoundTrip.latency().p95()));
        comparisons.add(new Comparison("end-to-end p50", "the broker round-trip p50", Comparison.Kind.LATENCY,
                e2eLatency.latency().p50(), kafkaRoundTrip.latency().p50()));
        if (sustained != null) {
            comparisons.add(new Comparison("end-to-end p95 at a sustainable rate", "the broker round-trip p95",
                    Comparison.Kind.LATENCY, sustained.endToEnd().latency().p95(), kafkaRoundTrip.latency().p95()));
        }
        if (webhooks != null) {
            comparisons.add(new Comparison("webhook events", "database ceiling for batches", Comparison.Kind.THROUGHPUT,
                    webhooks.perSecond(), webhookDbCeiling.perSecond()));
            comparisons.add(new Comparison("webhook events", "broker throughput", Comparison.Kind.THROUGHPUT,
                    webhooks.perSecond(), kafkaThroughput.perSecond()));
        }
        if (fhirIntake != null) {
            comparisons.add(new Comparison("FHIR intake", "JSON intake", Comparison.Kind.THROUGHPUT,
                    fhirIntake.perSecond(), intake.perSecond()));
        }
        if (absorb) {
            comparisons.add(new Comparison("whole-platform throughput", "database ceiling", Comparison.Kind.THROUGHPUT,
                    Double.isNaN(absorbed) ? 0 : absorbed, dbCeiling.perSecond()));
        }
        List<Target.Verdict> verdicts = new ArrayList<>();
        verdicts.add(Target.INTAKE.judge(comparisons.get(0).ratio()));
        verdicts.add(Target.endToEnd(e2eLatency.latency().p95(), e2e[0].offered(), e2eLatency.ok()));
        verdicts.add(Target.WEBHOOKS.judge(webhooks == null ? Double.NaN : webhooks.perSecond()));
        if (absorb) {
            verdicts.add(Target.ABSORBED.judge(Double.isNaN(absorbed) ? 0 : absorbed));
        }

        report.conclude(comparisons, verdicts, e2eRate);
        Path file = out != null ? out : layout.runDir().resolve("bench-" + stamp + ".json");
        report.write(file);
        System.out.println("Wrote " + file);
        return 0;
    }

    /**
     * Offers each of --absorb-rates in turn (ascending) for --absorb-seconds, each after the stack is quiet, until
     * one is not absorbed; the highest absorbed rate, or NaN when none was.
     */
    private double absorbed(BenchReport report, Absorption absorption, Backlog backlog) throws Exception {
        double best = Double.NaN;
        List<Map<String, Object>> steps = new ArrayList<>();
        report.put("absorption", steps);
        for (double rate : absorbRates.stream().sorted().toList()) {
            backlog.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(180));
            Absorption.Step[] step = new Absorption.Step[1];
            report.phase("whole platform: " + Format.rate(rate) + " referrals/s for " + absorbSeconds
                    + " s, then everything through matching, engagement and reporting within "
                    + Absorption.CAUGHT_UP.toSeconds() + " s", () -> {
                step[0] = absorption.run(rate, Duration.ofSeconds(absorbSeconds));
                return step[0].intake();
            });
            System.out.println("    " + step[0].text());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rate", rate);
            json.put("offered", step[0].offered());
            json.put("accepted", step[0].accepted());
            json.put("failed", step[0].failed());
            json.put("sentMoreThan100msLate", step[0].late());
            json.put("caughtUpSeconds", Double.isNaN(step[0].caughtUpSeconds()) ? null : step[0].caughtUpSeconds());
            json.put("absorbed", step[0].absorbed());
            steps.add(json);
            if (!step[0].absorbed()) {
                break;
            }
            best = rate;
        }
        System.out.println("  whole-platform throughput: " + (Double.isNaN(best) ? "none of " + absorbRates + " absorbed"
                : Format.rate(best) + " referrals/s absorbed"));
        return best;
    }

    /** Refers young people at --concurrency until {@code ids} holds {@code wanted} accepted ones (or the timeout). */
    private void referMore(Http http, URI referrals, String referrer, ReferralBodies bodies, List<String> ids,
                           int wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, ClosedLoop.daemon("bench-refer"));
        try {
            for (int w = 0; w < concurrency; w++) {
                pool.execute(() -> {
                    while (ids.size() < wanted && System.nanoTime() < deadline) {
                        try {
                            Http.Response response = http.post(referrals, referrer, bodies.next().json(),
                                    Map.of(IdempotencyKeyHeader.HEADER, UUID.randomUUID().toString()));
                            if (response.status() == 201 && "ACCEPTED".equals(response.json().path("status").asText())) {
                                ids.add(response.json().path("participantId").asText());
                            }
                        } catch (Exception e) {
                            if (e instanceof InterruptedException) {
                                return;
                            }
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(timeout.toSeconds() + 60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The embedded cluster's postmaster (first line of its data directory's postmaster.pid), or null. */
    private static Long postmaster(Layout layout) {
        for (Path dataDir : StackData.postgresDirs(layout.runDir())) {
            try {
                return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            } catch (IOException | RuntimeException e) {
                // not this one
            }
        }
        return null;
    }
}
