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
    private final Map<String, Map<String, JsonNode>> published;
    private final Problems problems;
    private final Duration driving;
    private final Duration reporting;
    private final URI dashboard;

    SimulationResult(CohortSpec spec, LocalDate from, LocalDate to, Map<String, List<Figure>> truth,
                     Map<String, Map<String, JsonNode>> published, Problems problems, Duration driving,
                     Duration reporting, URI dashboard) {
        this.spec = spec;
        this.from = from;
        this.to = to;
        this.truth = truth;
        this.published = published;
        this.problems = problems;
        this.driving = driving;
        this.reporting = reporting;
        this.dashboard = dashboard;
    }

    /** Every figure of every site as the ground truth says, and no service answered unexpectedly. */
    public boolean matches() {
        return mismatches() == 0 && problems.count() == 0;
    }

    /** How many published figures differ from the ground truth. */
    public long mismatches() {
        return ReportCheck.mismatches(truth, published);
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
        out.printf("Dashboard: %s%n", dashboard);
    }
}
