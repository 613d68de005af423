package org.pathway.chassis.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.probe.ProbeBatchConsumer;
import org.pathway.chassis.probe.ProbeConsumer;
import org.pathway.testkit.TestKafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Inbox#receiveBatch}: what the batch consumer of the probe application sees and stores. */
@QuarkusTest
class InboxBatchTest {

    private static final String DLQ = "pathway.dlq.chassis-probe-batch";

    @Inject
    ProbeEffects effects;

    @Test
    void eventsSentTogetherAreAppliedTogetherOncePerIdAndEachInItsSitesSchema() {
        List<UUID> northLondon = ids(6);
        List<UUID> cardiffVale = ids(4);
        for (int i = 0; i < 6; i++) {
            ProbeRecords.sendContact(Topics.PLACEMENTS, northLondon.get(i), "north-london", "P-0000000000000N" + i);
            if (i < 4) {
                ProbeRecords.sendContact(Topics.PLACEMENTS, cardiffVale.get(i), "cardiff-vale", "P-0000000000000C" + i);
            }
        }
        ProbeRecords.sendContact(Topics.PLACEMENTS, northLondon.get(0), "north-london", "P-0000000000000N0");
        ProbeRecords.sendContact(Topics.PLACEMENTS, cardiffVale.get(1), "cardiff-vale", "P-0000000000000C1");

        effects.await("site_north_london", northLondon);
        effects.await("site_cardiff_vale", cardiffVale);
        assertThat(effects.count("site_north_london", northLondon)).isEqualTo(6);
        assertThat(effects.count("site_cardiff_vale", cardiffVale)).isEqualTo(4);
        assertThat(effects.count("site_north_london", cardiffVale)).isZero();
        assertThat(ProbeBatchConsumer.HANDLED).as("some events were applied in one transaction")
                .anyMatch(participants -> participants.size() > 1);

        // Delivered again later, as after a restart: nothing changes.
        ProbeRecords.sendContact(Topics.PLACEMENTS, northLondon.get(3), "north-london", "P-0000000000000N3");
        UUID marker = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.PLACEMENTS, marker, "north-london", "P-0000000000000N9");
        effects.await("site_north_london", List.of(marker));
        assertThat(effects.count("site_north_london", northLondon)).isEqualTo(6);
    }

    @Test
    void aBadEventInABatchIsDeadLetteredAloneAndTheOthersAreApplied() {
        List<UUID> good = ids(8);
        UUID refused = UUID.randomUUID();
        UUID undecodable = UUID.randomUUID();
        for (int i = 0; i < 8; i++) {
            ProbeRecords.sendContact(Topics.PLACEMENTS, good.get(i), "north-london", "P-000000000000G0" + i);
            if (i == 3) {
                ProbeRecords.sendContact(Topics.PLACEMENTS, refused, "north-london", ProbeConsumer.REFUSED_PARTICIPANT);
                TestKafka.send(Topics.PLACEMENTS, "P-000000000000G03", "{not json", ProbeRecords.headers(undecodable, "north-london"));
            }
        }

        effects.await("site_north_london", good);
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(DLQ,
                records -> ProbeRecords.ids(records).containsAll(List.of(refused.toString(), undecodable.toString())),
                Duration.ofSeconds(30));
        assertThat(ProbeRecords.ids(dead)).as("only the bad events are dead-lettered")
                .doesNotContainAnyElementsOf(good.stream().map(UUID::toString).toList());
        for (ConsumerRecord<String, String> record : dead) {
            assertThat(ProbeRecords.header(record, "dead-letter-reason")).isNotBlank();
        }
        assertThat(effects.count("site_north_london", good)).isEqualTo(8);
        assertThat(effects.count("site_north_london", List.of(refused))).isZero();
        assertThat(ProbeBatchConsumer.HANDLED).as("the refused event first failed in a batch with others")
                .anyMatch(participants -> participants.size() > 1
                        && participants.contains(ProbeConsumer.REFUSED_PARTICIPANT));
    }

    private static List<UUID> ids(int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }
}
