package org.pathway.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.DeadLetters;

/**
 * Referral and placement events taken in batches: events published while the consumers are paused arrive in one
 * poll each, and are applied in the order sent (a placement ended after its confirmation is ended; the
 * confirmation delivered again after that changes nothing); a poison event among them is dead-lettered alone.
 */
@QuarkusTest
class EventBatchTest {

    private static final String DLQ = "pathway.dlq.engagement-service";
    private static final String SITE = NORTH_LONDON;

    @Inject
    KafkaClientService kafkaClients;

    @Test
    void batchesAreAppliedTogetherInTheOrderSentOnceEach() {
        String placed = Fixtures.participant();
        String leaving = Fixtures.participant();
        String provider = Fixtures.provider();
        UUID ended = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        Instant currentSince = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plusSeconds(12 * 3600);
        List<String> referrals = new ArrayList<>();
        List<String> placements = new ArrayList<>();
        whilePaused(() -> {
            referrals.add(Fixtures.referralReceived(SITE, placed));
            referrals.add(Fixtures.referralReceived(SITE, leaving));
            referrals.add(Fixtures.referralWithdrawn(SITE, leaving, "future"));
            referrals.add(Fixtures.referralClosed(SITE, leaving));
            String confirmation = Fixtures.placementConfirmed(SITE, placed, ended, provider,
                    Instant.now().minus(20, ChronoUnit.DAYS));
            placements.add(confirmation);
            placements.add(Fixtures.placementEnded(SITE, placed, ended, provider));
            placements.add(Fixtures.placementConfirmed(SITE, placed, current, provider, currentSince));
            Fixtures.placementConfirmed(SITE, placed, ended, provider, Instant.now().minus(20, ChronoUnit.DAYS),
                    confirmation); // delivered again
            return null;
        });

        awaitRecorded(referrals);
        awaitRecorded(placements);
        assertThat(Fixtures.text("select ended_at from " + schema(SITE) + ".placement where placement_id = ?", ended))
                .as("ended after its confirmation, and its confirmation delivered again changed nothing").isNotNull();
        assertThat(Fixtures.text("select ended_at from " + schema(SITE) + ".placement where placement_id = ?", current))
                .isNull();
        assertThat(Fixtures.text("select placed_since from " + schema(SITE)
                + ".participant_status where participant_id = ?", placed))
                .isEqualTo(LocalDate.ofInstant(currentSince, ZoneId.of("Europe/London")).toString());
        assertThat(Fixtures.text("select withdrawn_scope || ' ' || closed from " + schema(SITE)
                + ".participant_status where participant_id = ?", leaving)).isEqualTo("future true");
        for (List<String> channel : List.of(referrals, placements)) {
            assertThat(Fixtures.count("select count(distinct xmin::text) from " + schema(SITE)
                    + ".inbox where event_id = any(?)", (Object) uuids(channel)))
                    .as("a channel's events were recorded in fewer transactions than there are events")
                    .isLessThan(channel.size());
        }
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAloneAndTheOthersAreApplied() {
        String known = Fixtures.participant();
        String poisoned = Fixtures.participant();
        String withdrawn = Fixtures.participant();
        List<String> good = new ArrayList<>();
        String poison = whilePaused(() -> {
            good.add(Fixtures.referralReceived(SITE, known));
            String bad = Fixtures.referralWithdrawn(SITE, poisoned, "sometimes");
            good.add(Fixtures.referralWithdrawn(SITE, withdrawn, "future"));
            good.add(Fixtures.referralClosed(SITE, known));
            return bad;
        });

        List<ConsumerRecord<String, String>> dead = DeadLetters.awaitEvent(DLQ, poison);
        awaitRecorded(good);
        DeadLetters.assertOnly(dead, poison, good);
        assertThat(Fixtures.text("select withdrawn_scope from " + schema(SITE)
                + ".participant_status where participant_id = ?", poisoned)).isNull();
        assertThat(Fixtures.text("select withdrawn_scope from " + schema(SITE)
                + ".participant_status where participant_id = ?", withdrawn)).isEqualTo("future");
        assertThat(Fixtures.text("select closed from " + schema(SITE)
                + ".participant_status where participant_id = ?", known)).isEqualTo("t");
        assertThat(Fixtures.count("select count(*) from " + schema(SITE) + ".inbox where event_id = ?",
                UUID.fromString(poison))).isZero();
    }

    /** Publishes while both consumers are paused, so each channel's events arrive together in its next poll. */
    private <T> T whilePaused(Supplier<T> publish) {
        List<KafkaConsumer<Object, Object>> consumers = List.of(kafkaClients.getConsumer("referrals"),
                kafkaClients.getConsumer("placements"));
        for (KafkaConsumer<Object, Object> consumer : consumers) {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> !consumer.getAssignments().await().indefinitely().isEmpty());
            consumer.pause().await().indefinitely();
        }
        try {
            return publish.get();
        } finally {
            consumers.forEach(consumer -> consumer.resume().await().indefinitely());
        }
    }

    private static void awaitRecorded(List<String> ids) {
        Fixtures.await(() -> Fixtures.count("select count(*) from " + schema(SITE) + ".inbox where event_id = any(?)",
                (Object) uuids(ids)) == ids.size(), "the events recorded");
    }

    private static UUID[] uuids(List<String> ids) {
        return ids.stream().map(UUID::fromString).toArray(UUID[]::new);
    }
}
