package org.pathway.referral.it;

import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.referrer;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;

/**
 * A focused measurement, not a test (its name keeps it out of the suite; it asserts nothing): the service's CPU and
 * SQL statements per JSON referral ({@code POST /sites/{siteId}/referrals}, issue 22 point 3), in one JVM against
 * the test infrastructure (embedded PostgreSQL 17, in-process Kafka, WireMock OIDC). 4 clients post distinct
 * referrals that are accepted (201), with one token, as a load generator would.
 *
 * <p>CPU: the process's CPU time over the measured window, less the CPU of the threads that are not the service
 * (the client threads, the in-process Kafka broker's and WireMock's, read per thread from {@link ThreadMXBean}).
 * What no Java thread owns (GC, JIT, the VM) is printed apart and counted with the service. SQL: the JDBC
 * statements of each POST's trace (spans to an in-memory exporter, in the profile of {@link ReferralTraceTest}), i.e. what
 * the request itself runs; the connection's schema switch and the commit are no statements and are not counted.
 * {@code -Dmeasure.jfr=file.jfr} records a JFR profile ({@code profile} settings, execution samples every 2 ms) of the measured window only.
 *
 * <p>Run: {@code ./mvnw -B -o -pl referral-service -am test -Dtest=IntakeCpuMeasurement
 * -Dsurefire.failIfNoSpecifiedTests=false -Dmeasure.requests=1000}; results in docs/performance.md.
 */
@QuarkusTest
@TestProfile(ReferralTraceTest.SpansInMemory.class)
class IntakeCpuMeasurement {

    private static final int CLIENTS = 4;
    private static final String CLIENT_THREAD = "measure-client-";
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void cpuAndStatementsPerReferral() throws Exception {
        int requests = Integer.getInteger("measure.requests", 1000);
        int warmUp = Integer.getInteger("measure.warm-up", 1500);
        String token = referrer(NORTH_LONDON);
        Runnable post = () -> {
            int status = Referrals.as(token).body(Referrals.body().toString())
                    .post("/sites/north-london/referrals").statusCode();
            if (status != 201) {
                throw new IllegalStateException("status " + status);
            }
        };
        AtomicInteger n = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS,
                r -> new Thread(r, CLIENT_THREAD + n.incrementAndGet()));
        run(clients, post, warmUp);
        Thread.sleep(2_000);
        spans.reset();

        String jfr = System.getProperty("measure.jfr");
        Recording recording = null;
        if (jfr != null && !jfr.isBlank()) {
            recording = new Recording(Configuration.getConfiguration("profile"));
            // Denser than the profile's 10 ms, for enough samples from a short window.
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(2));
            recording.start();
        }
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        Window window = Window.open();
        double seconds = run(clients, post, requests);
        // The relay publishes what the last requests wrote: let it finish inside the window.
        Thread.sleep(1_000);
        window.close(requests, seconds, load);
        clients.shutdown();
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
            System.out.println("MEASURE JFR of the window written to " + jfr);
        }
        statements(requests);
    }

    /** JDBC statements per POST trace, and the statements' names (the SQL's verb and table). */
    private void statements(int requests) {
        List<SpanData> all = spans.getFinishedSpanItems();
        Map<String, SpanData> posts = all.stream()
                .filter(s -> s.getKind() == SpanKind.SERVER
                        && "/sites/{siteId}/referrals".equals(s.getAttributes().get(ROUTE)))
                .collect(Collectors.toMap(SpanData::getTraceId, s -> s, (a, b) -> a));
        Map<String, Integer> byName = new TreeMap<>();
        int statements = 0;
        for (SpanData span : all) {
            if (span.getKind() == SpanKind.CLIENT && posts.containsKey(span.getTraceId())
                    && span.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().startsWith("db."))) {
                statements++;
                byName.merge(span.getName(), 1, Integer::sum);
            }
        }
        System.out.printf("MEASURE SQL: %d POST traces seen (of %d), %d JDBC statements: %.2f per referral%n",
                posts.size(), requests, statements, statements / (double) Math.max(1, posts.size()));
        byName.forEach((name, n) -> System.out.printf("MEASURE SQL   %6.2f x %s%n", n / (double) posts.size(), name));
    }

    /** The client threads stay alive until the window closes, so their CPU can be taken off the process's. */
    private static double run(ExecutorService clients, Runnable post, int count) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(clients.submit(post));
        }
        for (Future<?> f : done) {
            f.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** CPU of the process and of each live thread at the window's start and end. */
    private record Window(long processCpu, Map<Long, Long> threadCpu, Map<Long, String> names) {

        static Window open() {
            Map<Long, String> names = new ConcurrentHashMap<>();
            return new Window(processCpuNow(), threadCpu(names), names);
        }

        void close(int requests, double seconds, String loadBefore) throws Exception {
            Map<Long, String> endNames = new HashMap<>();
            Map<Long, Long> end = threadCpu(endNames);
            long process = processCpuNow() - processCpu;
            Map<String, Long> groups = new TreeMap<>();
            long javaThreads = 0;
            for (Map.Entry<Long, Long> e : end.entrySet()) {
                long delta = e.getValue() - threadCpu.getOrDefault(e.getKey(), 0L);
                javaThreads += delta;
                groups.merge(group(endNames.get(e.getKey())), delta, Long::sum);
            }
            long client = groups.getOrDefault("client", 0L);
            long infrastructure = groups.getOrDefault("kafka broker", 0L) + groups.getOrDefault("wiremock", 0L);
            long vm = process - javaThreads;
            long service = process - client - infrastructure;
            System.out.printf("MEASURE %d referrals in %.1f s (%.1f/s), load average before %s, after %s%n", requests,
                    seconds, requests / seconds, loadBefore, Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.printf("MEASURE process CPU %.2f s; clients %.2f s; Kafka broker + WireMock %.2f s; "
                    + "no Java thread (GC, JIT, VM) %.2f s%n", process / 1e9, client / 1e9, infrastructure / 1e9,
                    vm / 1e9);
            System.out.printf("MEASURE service CPU per referral: %.3f ms (service threads alone %.3f ms)%n",
                    service / 1e6 / requests, (service - vm) / 1e6 / requests);
            groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(g -> System.out.printf("MEASURE   %-40s %8.3f ms per referral%n", g.getKey(),
                            g.getValue() / 1e6 / requests));
        }

        private static long processCpuNow() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        private static Map<Long, Long> threadCpu(Map<Long, String> names) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> cpu = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                ThreadInfo info = threads.getThreadInfo(id);
                long time = threads.getThreadCpuTime(id);
                if (info != null && time >= 0) {
                    cpu.put(id, time);
                    names.put(id, info.getThreadName());
                }
            }
            return cpu;
        }

        /** Threads by role: the measurement's clients, the test infrastructure's, and the service's by pool. */
        static String group(String name) {
            if (name.startsWith(CLIENT_THREAD)) {
                return "client";
            }
            if (name.startsWith("qtp") || name.contains("wiremock") || name.contains("WireMock")) {
                return "wiremock";
            }
            if (name.contains("kafka-request-handler") || name.contains("kafka-network-thread")
                    || name.contains("raft") || name.startsWith("broker-") || name.startsWith("controller-")
                    || name.startsWith("kafka-scheduler") || name.contains("ExpirationReaper")
                    || name.contains("group-coordinator") || name.contains("quorum") || name.contains("LogCleaner")
                    || name.contains("log-cleaner") || name.startsWith("share-") || name.contains("transaction-")) {
                return "kafka broker";
            }
            return name.replaceAll("[-_ ]?\\d+$", "").replaceAll("\\d+", "#");
        }
    }
}
