package org.pathway.testkit;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What {@link ConsumptionMeter#feed} saw while the consumers worked a backlog off.
 *
 * @param events        how many events were published (and taken by the inbox)
 * @param nanos         from resuming the consumers until the inbox held every event (wall clock)
 * @param loadBefore    {@code /proc/loadavg} before, and after
 * @param threadsBefore CPU nanoseconds of this JVM's threads by name (digits folded to {@code #}), before and after
 * @param jvmNanos      CPU of the whole JVM (the service, the in-process broker, the test) during consumption
 * @param databaseNanos CPU of the PostgreSQL server and its backends during consumption
 */
public record Consumption(int events, long nanos, String loadBefore, String loadAfter,
                          Map<String, Long> threadsBefore, Map<String, Long> threadsAfter, long jvmNanos,
                          long databaseNanos) {

    /** The threads of a service itself; the rest of the JVM is the broker, the test and the JVM's own work. */
    public static final Pattern SERVICE_THREADS = Pattern.compile(
            "executor-thread.*|vert\\.x.*|smallrye-kafka.*|kafka-coordinator-heartbeat.*|agroal.*|outbox-relay"
                    + "|kafka-producer-network-thread \\| .*-outbox-relay");

    public double seconds() {
        return nanos / 1e9;
    }

    /** CPU seconds during consumption of the threads (live at the end) whose folded name passes {@code names}. */
    public double threadSeconds(Predicate<String> names) {
        return threadsAfter.entrySet().stream().filter(e -> names.test(e.getKey()))
                .mapToLong(e -> e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)).sum() / 1e9;
    }

    /** A line per thread name that used more than {@code overNanos} of CPU, most first, each as {@code row}. */
    public String threadTable(long overNanos, String row) {
        StringBuilder table = new StringBuilder();
        threadsAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > overNanos)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> table.append(String.format(row, e.getKey(), e.getValue() / 1e9)));
        return table.toString();
    }

    /** The figures of matching's and engagement's tools: the threads, events/s and CPU per event by whom. */
    public String report() {
        double service = threadSeconds(name -> SERVICE_THREADS.matcher(name).matches());
        double jvm = jvmNanos / 1e9;
        double database = databaseNanos / 1e9;
        return String.format("%nthreads' CPU during consumption (over 0.05 s):%n%s"
                        + "consumption: %d events in %.1f s = %.0f events/s; load average before %s, after %s%n"
                        + "CPU: service threads %.2f s = %.3f ms/event; whole JVM (with the broker) %.2f s = %.3f ms/event;"
                        + " PostgreSQL %.2f s = %.3f ms/event%n",
                threadTable(50_000_000L, "  %-55s %6.2f s%n"), events, seconds(), events / seconds(), loadBefore,
                loadAfter, service, service * 1000 / events, jvm, jvm * 1000 / events, database,
                database * 1000 / events);
    }
}
