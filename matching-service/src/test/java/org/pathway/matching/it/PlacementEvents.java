package org.pathway.matching.it;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.Topics;
import org.pathway.testkit.TestKafka;

/** Reads what the service published on {@code pathway.placements.v1}. */
final class PlacementEvents {

    private PlacementEvents() {
    }

    /** The data of the first event of the type about the placement, waiting for it to be published. */
    static JsonPath await(EventType type, String placementId) {
        List<ConsumerRecord<String, String>> records = TestKafka.awaitRecords(Topics.PLACEMENTS,
                read -> read.stream().anyMatch(r -> matches(r, type, placementId)), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.stream().filter(r -> matches(r, type, placementId))
                .findFirst().orElseThrow();
        return JsonPath.from(record.value());
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static boolean matches(ConsumerRecord<String, String> r, EventType type, String placementId) {
        return type.type().equals(header(r, CloudEvents.TYPE_HEADER))
                && placementId.equals(JsonPath.from(r.value()).getString("placementId"));
    }
}
