package org.pathway.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Markers;
import org.pathway.testkit.TestKafka;

/** An event the store can never take is parked on the dead-letter topic, and consumption goes on. */
@QuarkusTest
class DeadLetterTest {

    static final String DLQ = "pathway.dlq.reporting-service";

    @Inject
    DataSource dataSource;

    @Test
    void anAttendanceWithAnUnknownStatusIsDeadLetteredWithItsReason() {
        String participantId = "P-DL00000000000001";
        AttendanceRecorded attendance = new AttendanceRecorded(participantId, UUID.randomUUID(), "green-gym",
                "dl-1", LocalDate.parse("2025-02-01"), "maybe", 500, Instant.now());
        // Sent directly rather than through EventFeed, which waits for an inbox row a dead letter never leaves.
        TestKafka.send(EventType.ATTENDANCE_RECORDED.topic(), participantId, EventJson.write(attendance), Map.of(
                CloudEvents.SPEC_VERSION_HEADER, CloudEvents.SPEC_VERSION,
                CloudEvents.ID_HEADER, UUID.randomUUID().toString(),
                CloudEvents.TYPE_HEADER, EventType.ATTENDANCE_RECORDED.type(),
                CloudEvents.SOURCE_HEADER, CloudEvents.source("north-london", "engagement"),
                CloudEvents.SITE_ID_HEADER, "north-london",
                CloudEvents.SUBJECT_HEADER, participantId,
                CloudEvents.CONTENT_TYPE_HEADER, CloudEvents.JSON));

        TestKafka.awaitRecords(DLQ, records -> records.stream().anyMatch(r -> participantId.equals(r.key())),
                Duration.ofSeconds(60));
        ConsumerRecord<String, String> parked = TestKafka.records(DLQ).stream()
                .filter(r -> participantId.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("unknown status");
        // the consumer moved on: events after the poison one are still taken
        Markers.send(new EventFeed(dataSource), "north-london");
    }
}
