package org.pathway.engagement.perf;

import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.events.Topics;
import org.pathway.testkit.TestKafka;

/**
 * Measures what engagement's referral and placement consumers cost per event: a tool, not a test (its name keeps it
 * out of {@code verify}; it asserts nothing). With the consumers paused it publishes N participants' events as
 * referral-service and matching-service do (CloudEvents binary mode, keyed by participant: received, accepted,
 * contacted, a placement confirmed, for one in two ended, and for one in four the referral closed), resumes the
 * consumers and waits until the inbox holds every event. It prints events/s (wall clock, which depends on the
 * machine's load) and the CPU seconds per event of the service's own threads (the in-process broker's threads,
 * which share this JVM, are left out), of the whole JVM and of PostgreSQL.
 * <pre>
 * ./mvnw -B -ntp -o -pl engagement-service -am test -Dtest=ConsumptionThroughput \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dthroughput.participants=3000
 * </pre>
 */
@QuarkusTest
class ConsumptionThroughput {

    private static final String CONSUMER = "engagement-service";
    private static final List<String> CHANNELS = List.of("referrals", "placements");
    private static final List<String> SITES = List.of("north-london", "cardiff-vale");
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    /** The threads of the service itself; the rest of the JVM is the broker, the test and the JVM's own work. */
    private static final Pattern SERVICE_THREADS = Pattern.compile(
            "executor-thread.*|vert\\.x.*|smallrye-kafka.*|kafka-coordinator-heartbeat.*|agroal.*|outbox-relay"
                    + "|kafka-producer-network-thread \\| .*-outbox-relay");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClientService kafkaClients;

    @Test
    void measureConsumption() throws Exception {
        int participants = Integer.getInteger("throughput.participants", 3000);
        feed(journeys("W", 300)); // warm-up (JIT, pool, partition assignment), not counted
        System.out.println(feed(journeys("M", participants)));
    }

    private static List<Sent> journeys(String run, int participants) {
        String prefix = "P-" + run + Long.toString(System.nanoTime() % 1_000_000_000L, 32).toUpperCase()
                .replace('I', 'J').replace('L', 'K').replace('O', '0').replace('U', 'V');
        List<Sent> events = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            String site = SITES.get(i % 2);
            String id = prefix + String.format("%0" + (16 - prefix.length() + 2) + "d", i);
            UUID referral = UUID.randomUUID();
            LocalDate referred = LocalDate.parse("2026-01-05").plusDays(i % 200);
            Instant accepted = referred.plusDays(3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            events.add(new Sent(site, new ReferralReceived(id, referral, referred, referred.minusDays(20), 14,
                    "female", "A", "N7", 4, List.of("anxiety"), "moderate", "en", "Y00001")));
            events.add(new Sent(site, new ReferralAccepted(id, referral, referred, accepted,
                    ReferralAccepted.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING, 14, "female", "A", "N7", 4,
                    List.of("anxiety"), "en", List.of("art", "sport"), List.of(), true)));
            events.add(new Sent(site, new ReferralContacted(id, referral, accepted.plusSeconds(86_400), "phone")));
            UUID placement = UUID.randomUUID();
            UUID activity = UUID.randomUUID();
            events.add(new Sent(site, new PlacementConfirmed(id, placement, activity, "green-gym", "nature", 850,
                    accepted.plusSeconds(7 * 86_400L))));
            if (i % 2 == 0) {
                events.add(new Sent(site, new PlacementEnded(id, placement, activity, "green-gym",
                        accepted.plusSeconds(60 * 86_400L), "completed")));
            }
            if (i % 4 == 0) {
                events.add(new Sent(site, new ReferralClosed(id, referral, accepted.plusSeconds(90 * 86_400L),
                        "completed")));
            }
        }
        return events;
    }

    /** Publishes the events with the consumer paused, then times the consumer working the backlog off. */
    private String feed(List<Sent> events) throws Exception {
        long before = consumed();
        for (String channel : CHANNELS) {
            kafkaClients.getConsumer(channel).pause().await().indefinitely();
        }
        try (KafkaProducer<String, String> producer = producer()) {
            events.forEach(event -> producer.send(record(event)));
            producer.flush();
        }
        String loadBefore = loadAverage();
        Map<String, Long> threadsBefore = threadCpu();
        long jvmBefore = processCpu();
        long databaseBefore = databaseCpu();
        long started = System.nanoTime();
        for (String channel : CHANNELS) {
            kafkaClients.getConsumer(channel).resume().await().indefinitely();
        }
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> consumed() - before >= events.size());
        double seconds = (System.nanoTime() - started) / 1e9;
        double jvm = (processCpu() - jvmBefore) / 1e9;
        double database = (databaseCpu() - databaseBefore) / 1e9;
        Map<String, Long> byThread = new HashMap<>();
        threadCpu().forEach((name, nanos) -> byThread.put(name, nanos - threadsBefore.getOrDefault(name, 0L)));
        double service = byThread.entrySet().stream().filter(e -> SERVICE_THREADS.matcher(e.getKey()).matches())
                .mapToLong(Map.Entry::getValue).sum() / 1e9;
        StringBuilder threads = new StringBuilder();
        byThread.entrySet().stream().filter(e -> e.getValue() > 50_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> threads.append(String.format("  %-55s %6.2f s%n", e.getKey(), e.getValue() / 1e9)));
        int n = events.size();
        return String.format("%nthreads' CPU during consumption (over 0.05 s):%n%s"
                        + "consumption: %d events in %.1f s = %.0f events/s; load average before %s, after %s%n"
                        + "CPU: service threads %.2f s = %.3f ms/event; whole JVM (with the broker) %.2f s = %.3f ms/event;"
                        + " PostgreSQL %.2f s = %.3f ms/event%n",
                threads, n, seconds, n / seconds, loadBefore, loadAverage(), service, service * 1000 / n, jvm,
                jvm * 1000 / n, database, database * 1000 / n);
    }

    private long consumed() throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String site : SITES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from site_" + site.replace('-', '_')
                        + ".inbox where consumer = '" + CONSUMER + "'")) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
        }
        return total;
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

    private static ProducerRecord<String, String> record(Sent sent) {
        PathwayEvent event = sent.event();
        EventType type = EventType.of(event.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), event.participantId(),
                EventJson.write(event));
        Map.of(CloudEvents.SPEC_VERSION_HEADER, CloudEvents.SPEC_VERSION,
                CloudEvents.ID_HEADER, UUID.randomUUID().toString(),
                CloudEvents.TYPE_HEADER, type.type(),
                CloudEvents.SOURCE_HEADER, CloudEvents.source(sent.site(),
                        Topics.REFERRALS.equals(type.topic()) ? "referral" : "matching"),
                CloudEvents.SITE_ID_HEADER, sent.site(),
                CloudEvents.SUBJECT_HEADER, event.participantId(),
                CloudEvents.TIME_HEADER, Instant.now().toString(),
                CloudEvents.CONTENT_TYPE_HEADER, CloudEvents.JSON)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
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

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU nanoseconds of the PostgreSQL server the service writes to: its postmaster (found by port) and backends. */
    private long databaseCpu() throws SQLException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        String port = url.replaceAll(".*:(\\d+)/.*", "$1");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(c -> c.contains("bin/postgres") && c.contains("-p " + port))
                        .isPresent())
                .flatMap(server -> java.util.stream.Stream.concat(java.util.stream.Stream.of(server),
                        server.descendants()))
                .mapToLong(p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos()).sum();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private record Sent(String site, PathwayEvent event) {
    }
}
