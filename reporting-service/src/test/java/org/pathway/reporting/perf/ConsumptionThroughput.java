package org.pathway.reporting.perf;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;
import org.pathway.testkit.TestKafka;

/**
 * Measures consumption: how many events per second go through the real consumer path (Kafka, the
 * chassis inbox, facts and participant totals in one transaction each) with the in-process broker and
 * the embedded PostgreSQL of the tests. A tool, not a test: its name keeps it out of {@code verify}, and
 * it asserts nothing about speed. Run it with
 * <pre>
 * ./mvnw -B -o -pl reporting-service verify -Dtest=ConsumptionThroughput -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dthroughput.participants=2000
 * </pre>
 * Each participant is referred, accepted, contacted (a link-worker session), placed, attends 20 weekly
 * sessions and is marked ENGAGED: 27 events, most of them attendance, as the largest topic will carry.
 */
@QuarkusTest
class ConsumptionThroughput {

    private static final LocalDate REFERRED = LocalDate.parse("2023-01-02");
    private static final String SESSIONS = "AAMAAAAMAAAACAAMAAAA";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private static final List<String> CHANNELS = List.of("referrals", "placements", "engagement");

    @Inject
    DataSource dataSource;

    @Inject
    KafkaClientService kafkaClients;

    @Test
    void measureConsumption() throws Exception {
        int participants = Integer.getInteger("throughput.participants", 2000);
        // Warm-up (JIT, connection pool, consumer assignment), not counted.
        feed(journeys(1_000_000, 200));
        List<Event> events = journeys(1, participants);
        System.out.println(feed(events));
    }

    private static List<Event> journeys(int first, int participants) {
        List<Event> events = new ArrayList<>();
        for (int i = first; i < first + participants; i++) {
            String site = i % 2 == 0 ? "north-london" : "cardiff-vale";
            Journey journey = Journey.of(site, Journey.participantId("TP", i), REFERRED.plusDays(i % 300))
                    .accepted().contacted(2, 30).placed(7, 600).sessions(SESSIONS).status("ENGAGED");
            journey.events().forEach(event -> events.add(new Event(site, event)));
        }
        return events;
    }

    /**
     * Sends the events while the service's consumers are paused, then resumes them and times until the
     * inbox has taken every event: the rate at which a backlog is worked off, with the producer's work
     * (here in the same JVM) out of the measurement.
     */
    private String feed(List<Event> events) throws Exception {
        long before = consumed();
        for (String channel : CHANNELS) {
            kafkaClients.getConsumer(channel).pause().await().indefinitely();
        }
        try (KafkaProducer<String, String> producer = producer()) {
            for (Event event : events) {
                producer.send(record(event));
            }
            producer.flush();
        }
        String loadBefore = loadAverage();
        Duration cpuBefore = cpu();
        Duration databaseBefore = databaseCpu();
        Duration workersBefore = workerCpu();
        Map<String, Long> threadsBefore = threadCpuByName();
        long started = System.nanoTime();
        for (String channel : CHANNELS) {
            kafkaClients.getConsumer(channel).resume().await().indefinitely();
        }
        // Not polled more often: each look counts the inbox, which is PostgreSQL work of its own.
        await("consuming " + events.size() + " events").atMost(TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> consumed() - before >= events.size());
        long finished = System.nanoTime();
        Map<String, Long> threadsAfter = threadCpuByName();
        StringBuilder byThread = new StringBuilder();
        threadsAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 100_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> byThread.append(String.format("  %-60s %6.1f s%n", e.getKey(), e.getValue() / 1e9)));
        System.out.println("JVM threads' CPU during consumption (over 0.1 s):\n" + byThread);
        double databaseSeconds = databaseCpu().minus(databaseBefore).toMillis() / 1000.0;
        double workerSeconds = workerCpu().minus(workersBefore).toMillis() / 1000.0;
        double cpuSeconds = cpu().minus(cpuBefore).toMillis() / 1000.0 + databaseSeconds;
        double seconds = (finished - started) / 1e9;
        return String.format("%nconsumption: %d events in %.1f s = %.0f events/s; load average before %s, after %s%n"
                        + "CPU used by this JVM (service and broker) and PostgreSQL: %.1f s (PostgreSQL %.1f s,"
                        + " the service's inbox workers %.1f s) = %.3f ms per event,"
                        + " so two cores to ourselves would take about %.0f events/s%n",
                events.size(), seconds, events.size() / seconds, loadBefore, loadAverage(), cpuSeconds,
                databaseSeconds, workerSeconds, cpuSeconds * 1000 / events.size(), 2 * events.size() / cpuSeconds);
    }

    /** CPU time of live threads, summed by name with digits removed (so a pool's threads add up). */
    private static Map<String, Long> threadCpuByName() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null) {
                byName.merge(thread.getThreadName().replaceAll("[0-9]+", "#"),
                        Math.max(0, threads.getThreadCpuTime(thread.getThreadId())), Long::sum);
            }
        }
        return byName;
    }

    /** CPU time of the worker threads that run the inbox and the fact writer. */
    private static Duration workerCpu() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (java.lang.management.ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("research-store")) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return Duration.ofNanos(nanos);
    }

    private long consumed() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from inbox where consumer = 'reporting-service'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static KafkaProducer<String, String> producer() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaProducer.class.getClassLoader());
        try {
            return new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, "5",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** As the producing services publish: CloudEvents binary mode, keyed by participant. */
    private static ProducerRecord<String, String> record(Event event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(EventType.of(event.data().getClass()).topic(),
                event.data().participantId(), EventJson.write(event.data()));
        EventFeed.headers(event.siteId(), event.data(), UUID.randomUUID())
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** CPU time of this JVM: the service, the in-process broker and the producer. */
    private static Duration cpu() {
        return Duration.ofNanos(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime());
    }

    /**
     * CPU time of the PostgreSQL server the service writes to (its postmaster, found by port, and its
     * backends): on a shared machine, how much work the events took says more than how long they took.
     */
    private Duration databaseCpu() throws SQLException {
        String port;
        try (Connection connection = dataSource.getConnection()) {
            port = String.valueOf(URI.create(connection.getMetaData().getURL().substring("jdbc:".length())).getPort());
        }
        Duration total = Duration.ZERO;
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains("bin/postgres") && line.contains("-p " + port)).isPresent())
                .toList();
        for (ProcessHandle server : servers) {
            total = total.plus(server.info().totalCpuDuration().orElse(Duration.ZERO));
            for (ProcessHandle backend : server.descendants().toList()) {
                total = total.plus(backend.info().totalCpuDuration().orElse(Duration.ZERO));
            }
        }
        return total;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private record Event(String siteId, PathwayEvent data) {
    }
}
