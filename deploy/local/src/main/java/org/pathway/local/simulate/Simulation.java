package org.pathway.local.simulate;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;

import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.TokenSource;
import org.pathway.local.stack.Endpoints;

/**
 * Drives a simulated cohort through a running stack, through the public APIs only, exactly as
 * trusts, link workers, site admins and providers would, over a simulated calendar that ends
 * yesterday: referral dates spread over 16 weeks about a year back, and everything after them dated
 * on that calendar (nothing waits in real time). Each young person goes along their own calendar,
 * all of them at once ({@link CohortDriver}); providers report sessions in signed batches
 * ({@link AttendanceBatches}). Then it waits for reporting-service and compares every figure with
 * the ground truth it kept from what the services acknowledged.
 */
public final class Simulation {

    /** Link-worker cost per hour: about £40,000 a year per full-time post (DOMAIN.md), reporting-service's default. */
    public static final long DEFAULT_HOURLY_RATE_PENCE = 2564;
    static final int MAX_RUNS_PER_STACK = 10;
    /** reporting-service's default window either side of a questionnaire's due date. */
    static final int RETENTION_WINDOW_DAYS = 21;
    /** The zone of reporting-service's "today" (the platform's {@code pathway.time-zone} default). */
    static final java.time.ZoneId REPORTING_ZONE = java.time.ZoneId.of("Europe/London");

    private final Endpoints endpoints;
    private final CohortSpec spec;
    private final PrintStream progress;
    private final Api api;
    private final Map<String, Long> hourlyRates = new TreeMap<>();
    private Duration reportTimeout = Duration.ofSeconds(180);
    private Duration reportSettle = Duration.ofSeconds(15);
    private Runnable whenDriving = () -> { };

    public Simulation(Endpoints endpoints, TokenSource tokens, CohortSpec spec, PrintStream progress) {
        this.endpoints = endpoints;
        this.spec = spec;
        this.progress = progress;
        this.api = new Api(tokens);
        spec.sites().forEach(site -> hourlyRates.put(site, DEFAULT_HOURLY_RATE_PENCE));
    }

    /** The link-worker hourly rate reporting-service is configured with for a site, if not the default. */
    public Simulation hourlyRatePence(String site, long pence) {
        hourlyRates.put(site, pence);
        return this;
    }

    /** How long to wait for the reports to match, and how long unchanged reports count as final. */
    public Simulation reportWait(Duration timeout, Duration settle) {
        this.reportTimeout = timeout;
        this.reportSettle = settle;
        return this;
    }

    /**
     * Makes the run a patient client (the reliability drills): a request is repeated for up to this long while its
     * service cannot be reached or answers 500/502/503/504, instead of failing the run at once.
     */
    public Simulation patience(Duration patience) {
        api.patience(patience);
        return this;
    }

    /** Runs {@code action} (on its own thread) once the catalogues are set up and the cohort starts being driven. */
    public Simulation whenDriving(Runnable action) {
        this.whenDriving = action;
        return this;
    }

    public SimulationResult run() {
        long started = System.nanoTime();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        int run = freeRun(yesterday);
        LocalDate start = CohortGenerator.calendarStart(yesterday, run);
        LocalDate lastReferral = start.plusDays(CohortGenerator.REFERRAL_DAYS - 1);
        List<PersonPlan> cohort = new ArrayList<>(CohortGenerator.generate(spec, start, run));
        List<String> comparisonSites = comparisonSites(lastReferral);
        List<PersonPlan> comparison = ComparisonCohort.generate(spec, comparisonSites, start, run);
        cohort.addAll(comparison);
        List<Track> tracks = cohort.stream().map(Track::new).toList();
        LocalDate end = cohort.stream().map(PersonPlan::lastDate).max(LocalDate::compareTo).orElse(start);
        if (end.isAfter(yesterday)) {
            throw new IllegalStateException("the simulated calendar must end by yesterday");
        }
        progress.printf("Simulating %d young people at %s (seed %d): referrals %s to %s, calendar to %s%n",
                spec.youngPeople(), String.join(", ", spec.sites()), spec.seed(), start, lastReferral, end);
        progress.printf("  and a comparison group of %d registered before the pathway started, at %s%n",
                comparison.size(), comparisonSites.isEmpty() ? "no site (none starts after the referral days)"
                        : String.join(", ", comparisonSites));

        Map<String, Catalogue> catalogues = new LinkedHashMap<>();
        for (String site : spec.sites()) {
            catalogues.put(site, Catalogue.create(api, endpoints.matching(), endpoints.engagement(), SiteData.of(site)));
        }
        progress.printf("  [%5.1f s] catalogues: %d activities and their providers' webhook secrets at each site%n",
                seconds(started), SiteData.of(spec.sites().get(0)).activities().size());

        Problems problems = new Problems();
        PathwaySteps.Counts counts = new PathwaySteps.Counts();
        int providers = spec.sites().stream().mapToInt(site -> SiteData.of(site).providerIds().size()).sum();
        ScheduledExecutorService senders = Executors.newScheduledThreadPool(providers, CohortDriver.daemon("attendance-"));
        try {
            AttendanceBatches attendance = new AttendanceBatches(api, endpoints.engagement(), catalogues, problems,
                    senders, spec.youngPeople());
            PathwaySteps steps = new PathwaySteps(api, endpoints, catalogues, attendance, problems, counts);
            Thread hook = new Thread(whenDriving, "simulation-driving");
            hook.setDaemon(true);
            hook.start();
            new CohortDriver(steps, counts, problems, progress).drive(Timeline.of(tracks, start), start, started);
            progress.printf("  [%5.1f s] cohort driven: %d requests, %d of them attendance batches (%d sessions),"
                            + " %d asking again while an event was on its way%n", seconds(started), api.requests(),
                    attendance.requests(), counts.sessions.get(), counts.retries.get());
        } finally {
            senders.shutdownNow();
        }
        Duration driving = Duration.ofNanos(System.nanoTime() - started);

        Map<String, List<Figure>> truth = new TreeMap<>();
        for (String site : spec.sites()) {
            List<Track> atSite = tracks.stream().filter(t -> t.siteId().equals(site)).toList();
            List<Figure> figures = new ArrayList<>(GroundTruth.figures(atSite, hourlyRates.get(site)));
            figures.addAll(ArmGroundTruth.figures(atSite, RETENTION_WINDOW_DAYS, LocalDate.now(REPORTING_ZONE)));
            truth.put(site, figures);
        }
        progress.printf("  waiting for reporting-service to take in every event (up to %d s)%n",
                reportTimeout.toSeconds());
        long reportsStarted = System.nanoTime();
        Map<String, Map<String, JsonNode>> published = new ReportCheck(api, endpoints, start, lastReferral)
                .await(truth, reportSettle, reportTimeout, progress);
        if (api.patientRetries() > 0) {
            progress.printf("  %d request(s) repeated while a service could not answer%n", api.patientRetries());
        }
        return new SimulationResult(spec, start, lastReferral, truth, published, problems, driving,
                Duration.ofNanos(System.nanoTime() - reportsStarted), endpoints.dashboard(),
                api.patientRetries());
    }

    /**
     * The sites whose pathway starts after the run's last referral day ({@code pathwayStartDate} in referral-service's
     * settings): there, a comparison group can be registered on the run's referral days, before the start.
     */
    private List<String> comparisonSites(LocalDate lastReferral) {
        List<String> sites = new ArrayList<>();
        for (String site : spec.sites()) {
            Api.Response settings = api.get(endpoints.referral().resolve("/sites/" + site + "/settings"),
                    DemoUsers.atSite(Roles.SITE_ADMIN, site));
            if (!settings.is(200)) {
                throw new SimulationException("referral-service settings of " + site + " answered " + settings.describe());
            }
            String started = settings.body().path("pathwayStartDate").asText("");
            if (!started.isEmpty() && !"null".equals(started) && LocalDate.parse(started).isAfter(lastReferral)) {
                sites.add(site);
            }
        }
        return sites;
    }

    /**
     * The first run number whose referral period holds no referral yet at these sites, so that a
     * second run against the same stack compares only its own young people.
     */
    private int freeRun(LocalDate yesterday) {
        for (int run = 0; run < MAX_RUNS_PER_STACK; run++) {
            LocalDate start = CohortGenerator.calendarStart(yesterday, run);
            if (ReportCheck.referred(api, endpoints, spec.sites(), start,
                    start.plusDays(CohortGenerator.REFERRAL_DAYS - 1)) == 0) {
                return run;
            }
        }
        throw new SimulationException("this stack already holds " + MAX_RUNS_PER_STACK
                + " simulated cohorts: start a fresh one");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
