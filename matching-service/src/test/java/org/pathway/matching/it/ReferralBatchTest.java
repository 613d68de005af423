package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.place;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.testkit.DeadLetters;

/**
 * Referral events taken in batches: events published while the consumer is paused arrive in one poll, and are
 * applied in the order sent (a closure after an acceptance closes the profile; the acceptance delivered again
 * after it changes nothing), with the events they cause; a poison event among them is dead-lettered alone.
 */
@QuarkusTest
class ReferralBatchTest {

    private static final String SITE = NORTH_LONDON;
    private static final String DLQ = "pathway.dlq.matching-service";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KafkaClientService kafkaClients;

    @Test
    void aBatchIsAppliedTogetherInTheOrderSentOnceEachWithTheEventsItCauses() throws SQLException {
        String closedAfterAcceptance = ReferralEvents.newParticipantId();
        String withdrawnThenAcceptedAgain = ReferralEvents.newParticipantId();
        String placed = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, placed, 14, List.of("art"), "N7", List.of(), "en");
        Api.awaitProfile(SITE, placed);
        String placement = place(SITE, placed, createActivity(SITE, activity("Batch club"))).statusCode(201)
                .extract().path("id");

        List<String> ids = whilePaused(() -> {
            List<String> sent = new ArrayList<>();
            String acceptance = ReferralEvents.send(SITE, accepted(closedAfterAcceptance));
            sent.add(acceptance);
            sent.add(ReferralEvents.send(SITE, accepted(withdrawnThenAcceptedAgain)));
            sent.add(ReferralEvents.send(SITE, closed(closedAfterAcceptance)));
            sent.add(ReferralEvents.send(SITE, withdrawn(withdrawnThenAcceptedAgain, WithdrawalScope.ALL.wire())));
            sent.add(ReferralEvents.send(SITE, closed(placed)));
            sent.add(ReferralEvents.send(SITE, accepted(withdrawnThenAcceptedAgain)));
            ReferralEvents.send(SITE, accepted(closedAfterAcceptance), acceptance); // delivered again
            return sent;
        });

        JsonPath ended = PlacementEvents.await(EventType.PLACEMENT_ENDED, placement);
        assertThat(ended.getString("reason")).isEqualTo("referral-closed");
        awaitRecorded(ids);
        assertThat(status(closedAfterAcceptance)).as("closed after its acceptance, not reopened by its redelivery")
                .isEqualTo("CLOSED");
        assertThat(status(placed)).isEqualTo("CLOSED");
        assertThat(status(withdrawnThenAcceptedAgain)).as("erased, and not made again by a later acceptance").isNull();
        assertThat(count("select count(*) from site_north_london.participant_tombstone where participant_id = ?",
                withdrawnThenAcceptedAgain)).isEqualTo(1);
        assertThat(count("select count(distinct xmin::text) from site_north_london.inbox where event_id = any(?)",
                ids.stream().map(UUID::fromString).toArray(UUID[]::new)))
                .as("the events were recorded in fewer transactions than there are events").isLessThan(ids.size());
    }

    @Test
    void aPoisonEventInABatchIsDeadLetteredAloneAndTheOthersAreAppliedInOrder() throws SQLException {
        String poisoned = ReferralEvents.newParticipantId();
        String closed = ReferralEvents.newParticipantId();
        String next = ReferralEvents.newParticipantId();
        List<String> good = new ArrayList<>();
        String poison = whilePaused(() -> {
            good.add(ReferralEvents.send(SITE, accepted(poisoned)));
            good.add(ReferralEvents.send(SITE, accepted(closed)));
            String bad = ReferralEvents.send(SITE, withdrawn(poisoned, "sometimes"));
            good.add(ReferralEvents.send(SITE, closed(closed)));
            good.add(ReferralEvents.send(SITE, accepted(next)));
            return bad;
        });

        List<ConsumerRecord<String, String>> dead = DeadLetters.awaitEvent(DLQ, poison);
        awaitRecorded(good);
        DeadLetters.assertOnly(dead, poison, good);
        assertThat(status(poisoned)).as("the poison withdrawal changed nothing").isEqualTo("ACTIVE");
        assertThat(status(closed)).isEqualTo("CLOSED");
        assertThat(status(next)).isEqualTo("ACTIVE");
        assertThat(count("select count(*) from site_north_london.inbox where event_id = ?", UUID.fromString(poison)))
                .isZero();
    }

    /** Publishes while the consumer is paused, so the events arrive together in the next poll. */
    private <T> T whilePaused(java.util.function.Supplier<T> publish) {
        KafkaConsumer<Object, Object> consumer = kafkaClients.getConsumer("referrals");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> !consumer.getAssignments().await().indefinitely().isEmpty());
        consumer.pause().await().indefinitely();
        try {
            return publish.get();
        } finally {
            consumer.resume().await().indefinitely();
        }
    }

    private void awaitRecorded(List<String> ids) {
        UUID[] eventIds = ids.stream().map(UUID::fromString).toArray(UUID[]::new);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from site_north_london.inbox where event_id = any(?)", eventIds) == ids.size());
    }

    private static ReferralAccepted accepted(String participant) {
        return new ReferralAccepted(participant, UUID.randomUUID(), LocalDate.now().minusDays(3), Instant.now(),
                ReferralAccepted.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING, 14, "female", "A", "N7", null,
                List.of("anxiety"), "en", List.of("art"), List.of(), true);
    }

    private static ReferralClosed closed(String participant) {
        return new ReferralClosed(participant, UUID.randomUUID(), Instant.now(), "completed");
    }

    private static ReferralWithdrawn withdrawn(String participant, String scope) {
        return new ReferralWithdrawn(participant, UUID.randomUUID(), Instant.now(), scope);
    }

    private String status(String participant) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select status from site_north_london.participant_profile where participant_id = ?")) {
            s.setString(1, participant);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter instanceof Object[] array) {
                s.setArray(1, c.createArrayOf("uuid", array));
            } else {
                s.setObject(1, parameter);
            }
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
