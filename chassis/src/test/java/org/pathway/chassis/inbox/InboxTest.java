package org.pathway.chassis.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.probe.ProbeConsumer;
import org.pathway.testkit.TestKafka;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class InboxTest {

    private static final String DLQ = "pathway.dlq.chassis-probe";

    @Inject
    ProbeEffects effects;

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID id = UUID.randomUUID();
        String participant = "P-00000000000000A1";
        ProbeRecords.sendContact(Topics.REFERRALS, id, "north-london", participant);
        ProbeRecords.sendContact(Topics.REFERRALS, id, "north-london", participant);
        UUID marker = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, marker, "north-london", participant);

        effects.await("site_north_london", marker);
        assertThat(effects.count("site_north_london", id)).isEqualTo(1);
    }

    @Test
    void theEventsSiteDecidesWhichSchemaIsWritten() {
        UUID id = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, id, "cardiff-vale", "P-00000000000000B2");
        effects.await("site_cardiff_vale", id);
        assertThat(effects.count("site_north_london", id)).isZero();
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithAReasonAndTheConsumerMovesOn() {
        UUID unknownSite = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, unknownSite, "wrexham", "P-00000000000000C3");
        UUID undecodable = UUID.randomUUID();
        TestKafka.send(Topics.REFERRALS, "P-00000000000000C3", "{not json", ProbeRecords.headers(undecodable, "north-london"));
        UUID refused = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, refused, "north-london", ProbeConsumer.REFUSED_PARTICIPANT);
        UUID after = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, after, "north-london", "P-00000000000000C3");

        effects.await("site_north_london", after);
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(DLQ,
                records -> ProbeRecords.ids(records).containsAll(List.of(unknownSite.toString(), undecodable.toString(), refused.toString())),
                Duration.ofSeconds(30));
        for (ConsumerRecord<String, String> record : dead) {
            assertThat(ProbeRecords.header(record, "dead-letter-reason")).isNotBlank();
        }
        assertThat(effects.count("site_north_london", refused)).isZero();
    }
}
