package org.pathway.local.drill;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one drill did and found: the actions (with the time since the drill began), how long each recovery took, and
 * the checks of its own (beyond the ground truth) with whether they held. Printed as it goes; thread-safe.
 */
final class DrillLog {

    private final String drill;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private final List<String> actions = new ArrayList<>();
    private final Map<String, Duration> recoveries = new LinkedHashMap<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    DrillLog(String drill, PrintStream out) {
        this.drill = drill;
        this.out = out;
    }

    /** An action of the drill (stopped the broker, killed a service, ...). */
    synchronized void did(String action) {
        String line = String.format("[%6.1f s] %s", seconds(), action);
        actions.add(line);
        out.println("  " + drill + " " + line);
    }

    /** How long something took to come back (a component ready again, the consumers caught up). */
    synchronized void recovered(String what, Duration took) {
        recoveries.put(what, took);
        out.printf("  %s [%6.1f s] %s: %.1f s%n", drill, seconds(), what, took.toMillis() / 1000.0);
    }

    /** A check of the drill's own; a false one fails the drill. */
    synchronized void check(boolean held, String description) {
        String line = (held ? "ok     " : "FAILED ") + description;
        checks.add(line);
        if (!held) {
            failures.add(description);
        }
        out.println("  " + drill + " check: " + line);
    }

    synchronized List<String> actions() {
        return List.copyOf(actions);
    }

    synchronized Map<String, Duration> recoveries() {
        return new LinkedHashMap<>(recoveries);
    }

    synchronized List<String> checks() {
        return List.copyOf(checks);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
