package org.pathway.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.TestKafka;

@QuarkusTest
class EventConsumptionTest {

    private static final String DLQ = "pathway.dlq.engagement-service";

    @Test
    void aWithdrawalWithAnUnknownScopeIsDeadLetteredAndTheConsumerMovesOn() {
        String poisoned = Fixtures.participant();
        Fixtures.referralWithdrawn(NORTH_LONDON, poisoned, "sometimes");
        String next = Fixtures.participant();
        Fixtures.referralWithdrawn(NORTH_LONDON, next, "future");

        Fixtures.await(() -> "future".equals(withdrawnScope(next)), "the next withdrawal applied");
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords(DLQ,
                records -> records.stream().anyMatch(r -> poisoned.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = dead.stream().filter(r -> poisoned.equals(r.key())).findFirst()
                .orElseThrow();
        assertThat(Fixtures.header(record, "dead-letter-reason")).isNotBlank();
        assertThat(withdrawnScope(poisoned)).isNull();
    }

    @Test
    void aPlacementConfirmedTwiceIsStoredOnce() {
        String participant = Fixtures.participant();
        String provider = Fixtures.provider();
        UUID placement = UUID.randomUUID();
        Instant confirmedAt = Instant.now();
        Fixtures.placementConfirmed(NORTH_LONDON, participant, placement, provider, confirmedAt);
        Fixtures.placementConfirmed(NORTH_LONDON, participant, placement, provider, confirmedAt);
        Fixtures.placed(NORTH_LONDON, Fixtures.participant(), provider, Instant.now());

        assertThat(Fixtures.count("select count(*) from " + schema(NORTH_LONDON)
                + ".placement where placement_id = ?", placement)).isEqualTo(1);
        assertThat(Fixtures.text("select placed_since from " + schema(NORTH_LONDON)
                + ".participant_status where participant_id = ?", participant)).isNotNull();
        assertThat(TestKafka.records(DLQ)).noneMatch(r -> participant.equals(r.key()));
    }

    private String withdrawnScope(String participant) {
        return Fixtures.text("select withdrawn_scope from " + schema(NORTH_LONDON)
                + ".participant_status where participant_id = ?", participant);
    }
}
