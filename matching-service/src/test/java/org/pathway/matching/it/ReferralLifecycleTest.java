package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.linkWorker;
import static org.pathway.matching.it.Api.place;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.testkit.TestKafka;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EventType;

/** Referral events from Kafka change what matching holds and allows. */
@QuarkusTest
class ReferralLifecycleTest {

    private static final String SITE = NORTH_LONDON;

    @Test
    void anAcceptedReferralBecomesAProfileAtItsOwnSiteOnly() {
        String participant = accepted(CARDIFF_VALE);
        linkWorker(CARDIFF_VALE).get(Api.recommendationsPath(CARDIFF_VALE, participant)).then().statusCode(200);
        linkWorker(SITE).get(Api.recommendationsPath(SITE, participant)).then().statusCode(404);
    }

    @Test
    void withdrawalOfAllConsentErasesTheProfileEndsPlacementsAndRefusesNewOnes() {
        String participant = accepted(SITE);
        String activity = createActivity(SITE, activity("Withdrawal club"));
        String placement = place(SITE, participant, activity).statusCode(201).extract().path("id");

        ReferralEvents.withdrawn(SITE, participant, "all");
        Api.awaitStatus(SITE, participant, 409);

        JsonPath ended = PlacementEvents.await(EventType.PLACEMENT_ENDED, placement);
        assertThat(ended.getString("participantId")).isEqualTo(participant);
        assertThat(ended.getString("reason")).isEqualTo("consent-withdrawn");
        linkWorker(SITE).get("/sites/north-london/activities/" + activity).then().body("placesTaken", equalTo(0));
        place(SITE, participant, activity).statusCode(409);
        linkWorker(SITE).get("/sites/north-london/participants/" + participant + "/placements").then()
                .statusCode(200).body("size()", equalTo(0));

        ReferralEvents.accepted(SITE, participant, 14, List.of("art"), "N7", List.of(), "en");
        accepted(SITE);
        linkWorker(SITE).get(Api.recommendationsPath(SITE, participant)).then().statusCode(409);
    }

    @Test
    void withdrawalForTheFutureKeepsPlacementsButRefusesNewOnes() {
        String participant = accepted(SITE);
        String activity = createActivity(SITE, activity("Future club"));
        String placement = place(SITE, participant, activity).statusCode(201).extract().path("id");

        ReferralEvents.withdrawn(SITE, participant, "future");
        Api.awaitStatus(SITE, participant, 409);

        place(SITE, participant, createActivity(SITE, activity("Another club"))).statusCode(409);
        linkWorker(SITE).get("/sites/north-london/participants/" + participant + "/placements").then()
                .statusCode(200)
                .body("id", equalTo(List.of(placement)))
                .body("[0].status", equalTo("CONFIRMED"));
    }

    @Test
    void aClosedReferralEndsActivePlacementsWithEvents() {
        String participant = accepted(SITE);
        Map<String, Object> body = activity("Closing club");
        body.put("capacity", 3);
        String activity = createActivity(SITE, body);
        String placement = place(SITE, participant, activity).statusCode(201).extract().path("id");

        ReferralEvents.closed(SITE, participant);
        Api.awaitStatus(SITE, participant, 409);

        JsonPath ended = PlacementEvents.await(EventType.PLACEMENT_ENDED, placement);
        assertThat(ended.getString("reason")).isEqualTo("referral-closed");
        assertThat(ended.getString("providerId")).isEqualTo("green-gym");
        linkWorker(SITE).get("/sites/north-london/participants/" + participant + "/placements").then()
                .statusCode(200)
                .body("[0].status", equalTo("ENDED"))
                .body("[0].endReason", equalTo("referral-closed"));
        linkWorker(SITE).get("/sites/north-london/activities/" + activity).then().body("placesTaken", equalTo(0));
        place(SITE, participant, activity).statusCode(409);
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

    private static String accepted(String site) {
        String participant = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(site, participant, 14, List.of("art"), "N7", List.of(), "en");
        Api.awaitProfile(site, participant);
        return participant;
    }
}
