package org.pathway.testkit;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The measuring part of the services' {@code perf/ConsumptionThroughput} tools: publishes a backlog of events with
 * the service's consumers paused, resumes them and times until the service's inbox holds every event, taking the
 * CPU of this JVM's threads (by name), of the whole JVM and of the PostgreSQL server the service writes to, before
 * and after. What is each service's own stays with it: its events, how its consumers are paused and how its inbox
 * is counted.
 */
public final class ConsumptionMeter {

    /** Pauses the service's consumers ({@code false}) or resumes them ({@code true}). */
    @FunctionalInterface
    public interface Consumers {
        void run(boolean running) throws Exception;
    }

    /** How many events the service's inbox holds. */
    @FunctionalInterface
    public interface Inbox {
        long count() throws Exception;
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private final DataSource dataSource;
    private final Consumers consumers;
    private final Inbox inbox;

    /** {@code dataSource}: the service's own, whose URL names the PostgreSQL server whose CPU is counted. */
    public ConsumptionMeter(DataSource dataSource, Consumers consumers, Inbox inbox) {
        this.dataSource = dataSource;
        this.consumers = consumers;
        this.inbox = inbox;
    }

    /**
     * Publishes the events (each made a record by {@code record} as it is sent) with the consumers paused, then
     * resumes them and times until the inbox has taken every event: the rate at which a backlog is worked off, with
     * the producer's work (in this JVM) out of the measurement.
     */
    public <E> Consumption feed(List<E> events, Function<E, ProducerRecord<String, String>> record) throws Exception {
        long before = inbox.count();
        consumers.run(false);
        try (KafkaProducer<String, String> producer = producer()) {
            for (E event : events) {
                producer.send(record.apply(event));
            }
            producer.flush();
        }
        String loadBefore = loadAverage();
        Map<String, Long> threadsBefore = threadCpu();
        long jvmBefore = processCpu();
        long databaseBefore = databaseCpu();
        long started = System.nanoTime();
        consumers.run(true);
        // Not polled more often: each look counts the inbox, which is PostgreSQL work of its own.
        await("consuming " + events.size() + " events").atMost(TIMEOUT).pollInterval(Duration.ofMillis(250))
                .until(() -> inbox.count() - before >= events.size());
        long nanos = System.nanoTime() - started;
        Map<String, Long> threadsAfter = threadCpu();
        long jvm = processCpu() - jvmBefore;
        long database = databaseCpu() - databaseBefore;
        return new Consumption(events.size(), nanos, loadBefore, loadAverage(), threadsBefore, threadsAfter, jvm,
                database);
    }

    /** The events a consumer has taken at the sites, each site's inbox in its own schema ({@code site_<id>}). */
    public static long siteInboxes(DataSource dataSource, String consumer, List<String> sites) throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String site : sites) {
                try (ResultSet rows = statement.executeQuery("select count(*) from site_" + site.replace('-', '_')
                        + ".inbox where consumer = '" + consumer + "'")) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
        }
        return total;
    }

    private static KafkaProducer<String, String> producer() {
        return ClientLoader.with(() -> new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "5",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    /** CPU nanoseconds of each live thread, summed by name with digits removed (a pool's threads add up). */
    private static Map<String, Long> threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new HashMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null) {
                byName.merge(thread.getThreadName().replaceAll("[0-9]+", "#"),
                        Math.max(0, threads.getThreadCpuTime(thread.getThreadId())), Long::sum);
            }
        }
        return byName;
    }

    /** CPU nanoseconds of this JVM: the service, the in-process broker and the producer. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU nanoseconds of the PostgreSQL server the service writes to (its postmaster, found by port, and its
     * backends): on a shared machine, how much work the events took says more than how long they took.
     */
    private long databaseCpu() throws SQLException {
        String port;
        try (Connection connection = dataSource.getConnection()) {
            port = String.valueOf(URI.create(connection.getMetaData().getURL().substring("jdbc:".length())).getPort());
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(c -> c.contains("bin/postgres") && c.contains("-p " + port))
                        .isPresent())
                .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                .mapToLong(p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos()).sum();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
