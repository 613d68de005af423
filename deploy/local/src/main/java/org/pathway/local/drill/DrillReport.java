package org.pathway.local.drill;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one drill: what was done, how long recovery took, the ground-truth result of its own cohort and of
 * the earlier drills' cohorts, its own checks, and whether it passed (every check held).
 */
record DrillReport(String name, String summary, List<String> actions, Map<String, Duration> recoveries,
                   List<String> checks, List<String> failures, String groundTruth, Duration took) {

    boolean passed() {
        return failures.isEmpty();
    }

    void print(PrintStream out) {
        out.printf("%n%s %s: %s (%.0f s)%n", passed() ? "PASS" : "FAIL", name, summary, took.toMillis() / 1000.0);
        out.println("  done:");
        actions.forEach(action -> out.println("    " + action));
        out.println("  recovery:");
        recoveries.forEach((what, time) -> out.printf("    %-58s %6.1f s%n", what, time.toMillis() / 1000.0));
        out.println("  ground truth: " + groundTruth);
        out.println("  checks:");
        checks.forEach(check -> out.println("    " + check));
    }

    /** One table over every drill. */
    static void summary(List<DrillReport> reports, PrintStream out) {
        out.printf("%n%-18s %-6s %s%n", "drill", "result", "ground truth");
        for (DrillReport report : reports) {
            out.printf("%-18s %-6s %s%n", report.name(), report.passed() ? "PASS" : "FAIL", report.groundTruth());
        }
        long failed = reports.stream().filter(report -> !report.passed()).count();
        out.printf("%n%s: %d of %d drill(s) passed.%n", failed == 0 ? "ALL PASSED" : "FAILED", reports.size() - failed,
                reports.size());
    }
}
