package org.pathway.local.simulate;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A finished run: per site, every figure reporting-service published next to the simulator's own
 * ground truth, the unexpected answers met on the way, and how long it took.
 */
public final class SimulationResult {

    private final CohortSpec spec;
    private final LocalDate from;
    private final LocalDate to;
    private final Map<String, List<Figure>> truth;
    /** What reporting-service published at the last read (the run's own, or the latest {@link #recheck}). */
    private volatile Map<String, Map<String, JsonNode>> published;
    private final Problems problems;
    private final Duration driving;
    private final Duration reporting;
    private final URI dashboard;
    private final int repeatedRequests;

    SimulationResult(CohortSpec spec, LocalDate from, LocalDate to, Map<String, List<Figure>> truth,
                     Map<String, Map<String, JsonNode>> published, Problems problems, Duration driving,
                     Duration reporting, URI dashboard, int repeatedRequests) {
        this.spec = spec;
        this.from = from;
        this.to = to;
        this.truth = truth;
        this.published = published;
        this.problems = problems;
        this.driving = driving;
        this.reporting = reporting;
        this.dashboard = dashboard;
        this.repeatedRequests = repeatedRequests;
    }

    /** How many requests a patient run repeated because a service could not answer ({@link Simulation#patience}). */
    public int repeatedRequests() {
        return repeatedRequests;
    }

    /** Every figure of every site as the ground truth says, and no service answered unexpectedly. */
    public boolean matches() {
        return mismatches() == 0 && problems.count() == 0;
    }

    /**
     * Why {@link #matches} is false, in a few lines for a test's failure message (a CI log keeps only its tail): the
     * first differing figures with both values, and the first unexpected answers.
     */
    public String verdict() {
        List<String> lines = new java.util.ArrayList<>();
        for (Map.Entry<String, List<Figure>> site : truth.entrySet()) {
            Map<String, JsonNode> cells = published.getOrDefault(site.getKey(), Map.of());
            for (Figure figure : site.getValue()) {
                JsonNode cell = cells.get(figure.report() + "/" + figure.name());
                if (!figure.matches(cell)) {
                    lines.add(site.getKey() + " " + figure.report() + "/" + figure.name() + ": reported "
                            + Figure.published(cell) + ", ground truth " + figure.expected());
                }
            }
        }
        List<String> shown = new java.util.ArrayList<>(lines.subList(0, Math.min(lines.size(), 12)));
        problems.list().stream().limit(8).forEach(problem -> shown.add("unexpected answer: " + problem));
        return String.format("%d figure(s) differ, %d unexpected answer(s)%n  %s", lines.size(), problems.count(),
                String.join(System.lineSeparator() + "  ", shown));
    }

    /** How many published figures differ from the ground truth. */
    public long mismatches() {
        return ReportCheck.mismatches(truth, published);
    }

    /**
     * Reads the run's reports again now and counts the figures that differ from its ground truth (a later drill must
     * not change an earlier run's figures); {@link #print} then shows what this read found.
     */
    public long recheck(org.pathway.local.stack.Endpoints endpoints, org.pathway.local.identity.TokenSource tokens) {
        ReportCheck check = new ReportCheck(new Api(tokens), endpoints, from, to);
        Map<String, Map<String, JsonNode>> now = new java.util.TreeMap<>();
        truth.keySet().forEach(site -> now.put(site, check.published(site)));
        published = now;
        return ReportCheck.mismatches(truth, now);
    }

    /** The first and last referral date of the run (its window in the reports). */
    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** How many figures the ground truth holds, over every site. */
    public int figureCount() {
        return truth.values().stream().mapToInt(List::size).sum();
    }

    /** How many figures of one report ({@code uptake}, ..., {@code retention}, {@code difference}) the ground truth holds. */
    public long figureCount(String report) {
        return truth.values().stream().flatMap(List::stream).filter(figure -> figure.report().equals(report)).count();
    }

    /** How many unexpected answers the services gave. */
    public int problemCount() {
        return problems.count();
    }

    /** Unexpected answers from the services while the cohort was driven (the first 200). */
    public List<String> problems() {
        return problems.list();
    }

    public Duration drivingTime() {
        return driving;
    }

    public Duration reportingTime() {
        return reporting;
    }

    public URI dashboard() {
        return dashboard;
    }

    public void print(PrintStream out) {
        out.printf("%nFeasibility report, referrals %s to %s (%d young people, seed %d)%n", from, to,
                spec.youngPeople(), spec.seed());
        for (Map.Entry<String, List<Figure>> site : truth.entrySet()) {
            Map<String, JsonNode> cells = published.getOrDefault(site.getKey(), Map.of());
            out.printf("%n  %-44s %14s %20s%n", site.getKey(), "reported", "ground truth");
            String report = "";
            for (Figure figure : site.getValue()) {
                if (!figure.report().equals(report)) {
                    report = figure.report();
                    out.printf("  %s%n", report);
                }
                JsonNode cell = cells.get(figure.report() + "/" + figure.name());
                boolean ok = figure.matches(cell);
                out.printf("    %-42s %14s %20s%s%n", figure.name(), Figure.published(cell), figure.expected(),
                        ok ? "" : "   <-- MISMATCH");
            }
        }
        out.printf("%nCounts of 1-4 are withheld by the reports; the ground truth shows them marked (withheld).%n");
        if (problems.count() > 0) {
            out.printf("%n%d unexpected answer(s) from the services:%n", problems.count());
            problems.list().forEach(problem -> out.println("  " + problem));
        }
        out.printf("%n%s: %d figure(s) differ. Driving the cohort took %.1f s, the reports settled in %.1f s.%n",
                matches() ? "MATCH" : "MISMATCH", mismatches(), driving.toMillis() / 1000.0,
                reporting.toMillis() / 1000.0);
        out.printf("Dashboard: %s  (sign in as researcher, password pathway-demo)%n", dashboard);
    }
}
