package org.pathway.reporting.perf;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;
import org.pathway.testkit.Consumption;
import org.pathway.testkit.ConsumptionMeter;

/**
 * Measures consumption: how many events per second go through the real consumer path (Kafka, the
 * chassis inbox, facts and participant totals in one transaction each) with the in-process broker and
 * the embedded PostgreSQL of the tests. A tool, not a test: its name keeps it out of {@code verify}, and
 * it asserts nothing about speed. Run it with
 * <pre>
 * ./mvnw -B -o -pl reporting-service -am test -Dtest=ConsumptionThroughput \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dthroughput.participants=2000
 * </pre>
 * Each participant is referred, accepted, contacted (a link-worker session), placed, attends 20 weekly
 * sessions and is marked ENGAGED: 27 events, most of them attendance, as the largest topic will carry.
 */
@QuarkusTest
class ConsumptionThroughput {

    private static final LocalDate REFERRED = LocalDate.parse("2023-01-02");
    private static final String SESSIONS = "AAMAAAAMAAAACAAMAAAA";

    private static final List<String> CHANNELS = List.of("referrals", "placements", "engagement");

    @Inject
    DataSource dataSource;

    @Inject
    KafkaClientService kafkaClients;

    @Test
    void measureConsumption() throws Exception {
        int participants = Integer.getInteger("throughput.participants", 2000);
        ConsumptionMeter meter = new ConsumptionMeter(dataSource, this::consumers, this::consumed);
        // Warm-up (JIT, connection pool, consumer assignment), not counted.
        feed(meter, journeys(1_000_000, 200));
        List<Event> events = journeys(1, participants);
        System.out.println(feed(meter, events));
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
     * Times the service's consumers working off the events as a backlog ({@link ConsumptionMeter#feed}); prints
     * the threads' CPU and returns the figures: the rate, and the CPU used by this JVM and PostgreSQL.
     */
    private static String feed(ConsumptionMeter meter, List<Event> events) throws Exception {
        Consumption consumption = meter.feed(events, ConsumptionThroughput::record);
        System.out.println("JVM threads' CPU during consumption (over 0.1 s):\n"
                + consumption.threadTable(100_000_000L, "  %-60s %6.1f s%n"));
        double databaseSeconds = consumption.databaseNanos() / 1e9;
        // The worker threads that run the inbox and the fact writer.
        double workerSeconds = consumption.threadSeconds(name -> name.startsWith("research-store"));
        double cpuSeconds = consumption.jvmNanos() / 1e9 + databaseSeconds;
        double seconds = consumption.seconds();
        return String.format("%nconsumption: %d events in %.1f s = %.0f events/s; load average before %s, after %s%n"
                        + "CPU used by this JVM (service and broker) and PostgreSQL: %.1f s (PostgreSQL %.1f s,"
                        + " the service's inbox workers %.1f s) = %.3f ms per event,"
                        + " so two cores to ourselves would take about %.0f events/s%n",
                events.size(), seconds, events.size() / seconds, consumption.loadBefore(), consumption.loadAfter(),
                cpuSeconds, databaseSeconds, workerSeconds, cpuSeconds * 1000 / events.size(),
                2 * events.size() / cpuSeconds);
    }

    private void consumers(boolean running) {
        for (String channel : CHANNELS) {
            KafkaConsumer<Object, Object> consumer = kafkaClients.getConsumer(channel);
            (running ? consumer.resume() : consumer.pause()).await().indefinitely();
        }
    }

    private long consumed() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from inbox where consumer = 'reporting-service'")) {
            rows.next();
            return rows.getLong(1);
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

    private record Event(String siteId, PathwayEvent data) {
    }
}
