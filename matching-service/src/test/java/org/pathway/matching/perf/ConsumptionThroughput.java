package org.pathway.matching.perf;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.events.Topics;
import org.pathway.testkit.ConsumptionMeter;

/**
 * Measures what matching's referral consumer costs per event: a tool, not a test (its name keeps it out of
 * {@code verify}; it asserts nothing). With the consumer paused it publishes N participants' referral events as
 * referral-service does (CloudEvents binary mode, keyed by participant: received, accepted, contacted, and for one
 * in four closed), resumes the consumer and waits until the inbox holds every event. It prints events/s (wall
 * clock, which depends on the machine's load) and the CPU seconds per event of the service's own threads (the
 * in-process broker's threads, which share this JVM, are left out), of the whole JVM and of PostgreSQL.
 * <pre>
 * ./mvnw -B -ntp -o -pl matching-service -am test -Dtest=ConsumptionThroughput \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dthroughput.participants=3000
 * </pre>
 */
@QuarkusTest
class ConsumptionThroughput {

    private static final String CONSUMER = "matching-service";
    private static final List<String> CHANNELS = List.of("referrals");
    private static final List<String> SITES = List.of("north-london", "cardiff-vale");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClientService kafkaClients;

    @Test
    void measureConsumption() throws Exception {
        int participants = Integer.getInteger("throughput.participants", 3000);
        ConsumptionMeter meter = new ConsumptionMeter(dataSource, this::consumers,
                () -> ConsumptionMeter.siteInboxes(dataSource, CONSUMER, SITES));
        // Warm-up (JIT, pool, partition assignment), not counted.
        meter.feed(journeys("W", 300), ConsumptionThroughput::record);
        System.out.println(meter.feed(journeys("M", participants), ConsumptionThroughput::record).report());
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
            if (i % 4 == 0) {
                events.add(new Sent(site, new ReferralClosed(id, referral, accepted.plusSeconds(90 * 86_400L),
                        "completed")));
            }
        }
        return events;
    }

    private void consumers(boolean running) {
        for (String channel : CHANNELS) {
            KafkaConsumer<Object, Object> consumer = kafkaClients.getConsumer(channel);
            (running ? consumer.resume() : consumer.pause()).await().indefinitely();
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

    private record Sent(String site, PathwayEvent event) {
    }
}
