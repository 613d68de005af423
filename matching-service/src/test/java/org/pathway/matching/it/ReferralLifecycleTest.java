package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.linkWorker;
import static org.pathway.matching.it.Api.place;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.testkit.TestKafka;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EventType;

/** Referral events from Kafka change what matching holds and allows. */
@QuarkusTest
class ReferralLifecycleTest {

    private static final String SITE = NORTH_LONDON;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAcceptedReferralBecomesAProfileAtItsOwnSiteOnly() {
        String participant = accepted(CARDIFF_VALE);
        linkWorker(CARDIFF_VALE).get(Api.recommendationsPath(CARDIFF_VALE, participant)).then().statusCode(200);
        linkWorker(SITE).get(Api.recommendationsPath(SITE, participant)).then().statusCode(404);
    }

    @Test
    void aComparisonParticipantIsRecordedAsSeenWithNoProfileSoNothingIsRecommendedOrBooked() throws Exception {
        String participant = ReferralEvents.newParticipantId();
        String eventId = ReferralEvents.acceptedInTheComparisonArm(SITE, participant);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from site_north_london.inbox where event_id = ?", UUID.fromString(eventId)) == 1);

        assertThat(count("select count(*) from site_north_london.participant_profile where participant_id = ?", participant))
                .isZero();
        linkWorker(SITE).get(Api.recommendationsPath(SITE, participant)).then().statusCode(404);
        place(SITE, participant, createActivity(SITE, activity("Comparison club"))).statusCode(404);
        assertThat(accepted(SITE)).as("a pathway participant after it is matched as before").isNotBlank();
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void withdrawalOfAllConsentErasesTheProfileEndsPlacementsAndRefusesNewOnes() {
        Placed placed = placedThen(activity("Withdrawal club"), p -> ReferralEvents.withdrawn(SITE, p, WithdrawalScope.ALL));
        String participant = placed.participant();

        JsonPath ended = PlacementEvents.await(EventType.PLACEMENT_ENDED, placed.placement());
        assertThat(ended.getString("participantId")).isEqualTo(participant);
        assertThat(ended.getString("reason")).isEqualTo("consent-withdrawn");
        linkWorker(SITE).get("/sites/north-london/activities/" + placed.activity()).then().body("placesTaken", equalTo(0));
        place(SITE, participant, placed.activity()).statusCode(409);
        placementsOf(participant).body("size()", equalTo(0));

        ReferralEvents.accepted(SITE, participant, 14, List.of("art"), "N7", List.of(), "en");
        accepted(SITE);
        linkWorker(SITE).get(Api.recommendationsPath(SITE, participant)).then().statusCode(409);
    }

    @Test
    void withdrawalForTheFutureKeepsPlacementsButRefusesNewOnes() {
        Placed placed = placedThen(activity("Future club"), p -> ReferralEvents.withdrawn(SITE, p, WithdrawalScope.FUTURE));

        place(SITE, placed.participant(), createActivity(SITE, activity("Another club"))).statusCode(409);
        placementsOf(placed.participant())
                .body("id", equalTo(List.of(placed.placement())))
                .body("[0].status", equalTo("CONFIRMED"));
    }

    @Test
    void aClosedReferralEndsActivePlacementsWithEvents() {
        Map<String, Object> body = activity("Closing club");
        body.put("capacity", 3);
        Placed placed = placedThen(body, p -> ReferralEvents.closed(SITE, p));

        JsonPath ended = PlacementEvents.await(EventType.PLACEMENT_ENDED, placed.placement());
        assertThat(ended.getString("reason")).isEqualTo("referral-closed");
        assertThat(ended.getString("providerId")).isEqualTo("green-gym");
        placementsOf(placed.participant())
                .body("[0].status", equalTo("ENDED"))
                .body("[0].endReason", equalTo("referral-closed"));
        linkWorker(SITE).get("/sites/north-london/activities/" + placed.activity()).then().body("placesTaken", equalTo(0));
        place(SITE, placed.participant(), placed.activity()).statusCode(409);
    }

    @Test
    void aWithdrawalWithAnUnknownScopeIsDeadLetteredAndTheConsumerMovesOn() {
        String participant = accepted(SITE);
        String eventId = ReferralEvents.send(SITE,
                new ReferralWithdrawn(participant, UUID.randomUUID(), Instant.now(), "sometimes"));

        String next = accepted(SITE);
        linkWorker(SITE).get(Api.recommendationsPath(SITE, next)).then().statusCode(200);
        List<ConsumerRecord<String, String>> dead = TestKafka.awaitRecords("pathway.dlq.matching-service",
                records -> records.stream().anyMatch(r -> eventId.equals(PlacementEvents.header(r, "ce_id"))),
                Duration.ofSeconds(30));
        assertThat(dead).filteredOn(r -> eventId.equals(PlacementEvents.header(r, "ce_id")))
                .allSatisfy(r -> assertThat(PlacementEvents.header(r, "dead-letter-reason")).isNotBlank());
        linkWorker(SITE).get(Api.recommendationsPath(SITE, participant)).then().statusCode(200);
    }

    /** A participant with a place on a new activity. */
    private record Placed(String participant, String activity, String placement) {
    }

    /** Books a new participant a place, sends the referral event about them and waits until matching refuses them. */
    private static Placed placedThen(Map<String, Object> activity, Consumer<String> referralEvent) {
        String participant = accepted(SITE);
        String activityId = createActivity(SITE, activity);
        String placement = place(SITE, participant, activityId).statusCode(201).extract().path("id");
        referralEvent.accept(participant);
        Api.awaitStatus(SITE, participant, 409);
        return new Placed(participant, activityId, placement);
    }

    private static ValidatableResponse placementsOf(String participant) {
        return linkWorker(SITE).get("/sites/north-london/participants/" + participant + "/placements").then()
                .statusCode(200);
    }

    private static String accepted(String site) {
        String participant = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(site, participant, 14, List.of("art"), "N7", List.of(), "en");
        Api.awaitProfile(site, participant);
        return participant;
    }
}
