package org.pathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A consumer's dead-letter topic ({@code pathway.dlq.<service>}) seen from a test: waiting for a poison event to
 * arrive there, and checking that it was dead-lettered alone (once, with a reason) while the good events sent with
 * it were not.
 */
public final class DeadLetters {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ID_HEADER = "ce_id";
    private static final String REASON_HEADER = "dead-letter-reason";

    private DeadLetters() {
    }

    /** The topic's records, read until they include the event with this CloudEvents id (at most 30 s). */
    public static List<ConsumerRecord<String, String>> awaitEvent(String topic, String eventId) {
        return TestKafka.awaitRecords(topic,
                records -> records.stream().anyMatch(r -> eventId.equals(header(r, ID_HEADER))), TIMEOUT);
    }

    /** The poison event is among the dead letters once, with a reason, and none of the good events is. */
    public static void assertOnly(List<ConsumerRecord<String, String>> dead, String poison, List<String> good) {
        assertThat(dead).filteredOn(r -> poison.equals(header(r, ID_HEADER))).hasSize(1)
                .allSatisfy(r -> assertThat(header(r, REASON_HEADER)).isNotBlank());
        assertThat(dead).as("only the poison event is dead-lettered")
                .noneMatch(r -> good.contains(header(r, ID_HEADER)));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
