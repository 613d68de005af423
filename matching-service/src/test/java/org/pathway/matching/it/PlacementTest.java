package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.linkWorker;
import static org.pathway.matching.it.Api.place;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EventType;

@QuarkusTest
class PlacementTest {

    private static final String SITE = NORTH_LONDON;

    @Test
    void confirmsAPlacementAndPublishesItWithProviderCategoryAndCost() {
        String participant = participant(14);
        Map<String, Object> body = activity("Drama workshop");
        body.put("category", "arts");
        body.put("providerId", "islington-youth-theatre");
        body.put("costPerSessionPence", 450);
        String activity = createActivity(SITE, body);

        Response created = linkWorker(SITE).body(Map.of("participantId", participant, "activityId", activity))
                .post("/sites/north-london/placements");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonPath placement = created.jsonPath();
        String id = placement.getString("id");
        assertThat(created.header("Location")).endsWith("/sites/north-london/placements/" + id);
        assertThat(placement.getString("status")).isEqualTo("CONFIRMED");
        assertThat(placement.getString("participantId")).isEqualTo(participant);
        assertThat(placement.getString("activityId")).isEqualTo(activity);
        assertThat(placement.getString("confirmedAt")).isNotBlank();

        JsonPath event = PlacementEvents.await(EventType.PLACEMENT_CONFIRMED, id);
        assertThat(event.getString("participantId")).isEqualTo(participant);
        assertThat(event.getString("activityId")).isEqualTo(activity);
        assertThat(event.getString("providerId")).isEqualTo("islington-youth-theatre");
        assertThat(event.getString("activityCategory")).isEqualTo("arts");
        assertThat(event.getInt("costPerSessionPence")).isEqualTo(450);

        linkWorker(SITE).get("/sites/north-london/participants/" + participant + "/placements").then()
                .statusCode(200)
                .body("id", equalTo(List.of(id)))
                .body("[0].status", equalTo("CONFIRMED"));
        linkWorker(SITE).get("/sites/north-london/activities/" + activity).then().body("placesTaken", equalTo(1));
    }

    @Test
    void aPlacementAgreedEarlierKeepsItsDateAndOneInTheFutureIs422() {
        String participant = participant(14);
        String activity = createActivity(SITE, activity("Backdated booking"));
        String agreed = java.time.Instant.now().minus(java.time.Duration.ofDays(40))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

        Response created = linkWorker(SITE)
                .body(Map.of("participantId", participant, "activityId", activity, "confirmedAt", agreed))
                .post("/sites/north-london/placements");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(java.time.Instant.parse(created.jsonPath().getString("confirmedAt")))
                .isEqualTo(java.time.Instant.parse(agreed));
        assertThat(java.time.Instant.parse(PlacementEvents.await(EventType.PLACEMENT_CONFIRMED, id)
                .getString("confirmedAt"))).isEqualTo(java.time.Instant.parse(agreed));

        String tomorrow = java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString();
        linkWorker(SITE).body(Map.of("participantId", participant(14), "activityId", activity, "confirmedAt", tomorrow))
                .post("/sites/north-london/placements").then().statusCode(422)
                .body("errors[0].field", equalTo("confirmedAt"));
    }

    @Test
    void aBookingRepeatedWithItsIdempotencyKeyAnswersTheFirstAndTakesOnePlace() {
        String participant = participant(14);
        String activity = createActivity(SITE, activity("Booked once"));
        String other = createActivity(SITE, activity("Booked under another's key"));
        Map<String, Object> booking = Map.of("participantId", participant, "activityId", activity);

        Response first = linkWorker(SITE).header("Idempotency-Key", "booking-1").body(booking)
                .post("/sites/north-london/placements");
        assertThat(first.statusCode()).isEqualTo(201);
        String id = first.jsonPath().getString("id");
        Response again = linkWorker(SITE).header("Idempotency-Key", "booking-1").body(booking)
                .post("/sites/north-london/placements");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getString("id")).isEqualTo(id);
        assertThat(again.header("Location")).endsWith("/sites/north-london/placements/" + id);

        linkWorker(SITE).header("Idempotency-Key", "booking-1")
                .body(Map.of("participantId", participant, "activityId", other))
                .post("/sites/north-london/placements").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
        linkWorker(SITE).header("Idempotency-Key", "k".repeat(256)).body(Map.of("participantId", participant,
                "activityId", other)).post("/sites/north-london/placements").then().statusCode(400)
                .contentType("application/problem+json");
        linkWorker(SITE).get("/sites/north-london/participants/" + participant + "/placements").then()
                .statusCode(200).body("id", equalTo(List.of(id)));
        linkWorker(SITE).get("/sites/north-london/activities/" + activity).then().body("placesTaken", equalTo(1));
        linkWorker(SITE).get("/sites/north-london/activities/" + other).then().body("placesTaken", equalTo(0));
    }

    @Test
    void aFullActivityIs409AndEndingAPlacementFreesItsPlace() {
        String first = participant(15);
        String second = participant(15);
        Map<String, Object> body = activity("One place only");
        body.put("capacity", 1);
        String activity = createActivity(SITE, body);

        String placement = place(SITE, first, activity).statusCode(201).extract().path("id");
        place(SITE, second, activity).statusCode(409).contentType("application/problem+json");

        linkWorker(SITE).body(Map.of("reason", "completed")).post("/sites/north-london/placements/" + placement + "/end")
                .then().statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("endReason", equalTo("completed"))
                .body("endedAt", notNullValue());
        linkWorker(SITE).get("/sites/north-london/activities/" + activity).then().body("placesTaken", equalTo(0));
        JsonPath ended = PlacementEvents.await(EventType.PLACEMENT_ENDED, placement);
        assertThat(ended.getString("reason")).isEqualTo("completed");
        assertThat(ended.getString("providerId")).isEqualTo("green-gym");

        place(SITE, second, activity).statusCode(201);
        String endedAt = linkWorker(SITE).get("/sites/north-london/participants/" + first + "/placements")
                .then().extract().path("[0].endedAt");
        // The same end again (its first answer lost) is answered as it stands and gives no place back twice.
        linkWorker(SITE).body(Map.of("reason", "completed")).post("/sites/north-london/placements/" + placement + "/end")
                .then().statusCode(200).body("status", equalTo("ENDED")).body("endedAt", equalTo(endedAt));
        linkWorker(SITE).get("/sites/north-london/activities/" + activity).then().body("placesTaken", equalTo(1));
        linkWorker(SITE).body(Map.of("reason", "moved-away")).post("/sites/north-london/placements/" + placement
                + "/end").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void capacityCannotBeCutBelowThePlacesAlreadyTaken() {
        Map<String, Object> body = activity("Shrinking club");
        body.put("capacity", 3);
        String activity = createActivity(SITE, body);
        place(SITE, participant(14), activity).statusCode(201);
        place(SITE, participant(14), activity).statusCode(201);

        body.put("capacity", 1);
        linkWorker(SITE).body(body).put("/sites/north-london/activities/" + activity).then().statusCode(409);
        body.put("capacity", 2);
        linkWorker(SITE).body(body).put("/sites/north-london/activities/" + activity).then().statusCode(200)
                .body("placesLeft", equalTo(0));
    }

    @Test
    void anEndReasonMustBeALowerCaseCode() {
        String placement = place(SITE, participant(13), createActivity(SITE, activity("Reason check")))
                .statusCode(201).extract().path("id");
        linkWorker(SITE).body(Map.of("reason", "Moved to Leeds with mum")).post("/sites/north-london/placements/"
                + placement + "/end").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        linkWorker(SITE).body("{}").post("/sites/north-london/placements/" + placement + "/end")
                .then().statusCode(422);
        linkWorker(SITE).body(Map.of("reason", "completed")).post("/sites/north-london/placements/"
                + UUID.randomUUID() + "/end").then().statusCode(404);
    }

    @Test
    void unknownParticipantsAndActivitiesAre404() {
        String activity = createActivity(SITE, activity("Known activity"));
        place(SITE, ReferralEvents.newParticipantId(), activity).statusCode(404);
        place(SITE, participant(14), UUID.randomUUID().toString()).statusCode(404);
        linkWorker(SITE).get("/sites/north-london/participants/" + ReferralEvents.newParticipantId() + "/placements")
                .then().statusCode(404);
    }

    @Test
    void refusesASecondPlaceOnTheSameActivityAnInactiveActivityAndTheWrongAge() {
        String participant = participant(12);
        String activity = createActivity(SITE, activity("Only once"));
        place(SITE, participant, activity).statusCode(201);
        place(SITE, participant, activity).statusCode(409);

        Map<String, Object> inactive = activity("Paused club");
        inactive.put("active", false);
        place(SITE, participant, createActivity(SITE, inactive)).statusCode(409);

        Map<String, Object> older = activity("Sixteen plus");
        older.put("minAge", 16);
        place(SITE, participant, createActivity(SITE, older)).statusCode(409);
    }

    @Test
    void missingFieldsAre422() {
        linkWorker(SITE).body("{}").post("/sites/north-london/placements").then().statusCode(422);
        linkWorker(SITE).body(Map.of("participantId", "P-0000000000000000", "activityId", "not-a-uuid"))
                .post("/sites/north-london/placements").then().statusCode(400);
    }

    @Test
    void anotherSitesTokenCannotPlaceOrReadPlacements() {
        String participant = participant(14);
        String activity = createActivity(SITE, activity("North London placement"));
        linkWorker(CARDIFF_VALE).body(Map.of("participantId", participant, "activityId", activity))
                .post("/sites/north-london/placements").then().statusCode(403);
        linkWorker(CARDIFF_VALE).body(Map.of("participantId", participant, "activityId", activity))
                .post("/sites/cardiff-vale/placements").then().statusCode(404);
        linkWorker(CARDIFF_VALE).get("/sites/north-london/participants/" + participant + "/placements")
                .then().statusCode(403);
        Api.as(SITE, "referrer").body(Map.of("participantId", participant, "activityId", activity))
                .post("/sites/north-london/placements").then().statusCode(403);
    }

    private static String participant(int age) {
        String id = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, id, age, List.of("art"), "N7", List.of(), "en");
        Api.awaitProfile(SITE, id);
        return id;
    }
}
