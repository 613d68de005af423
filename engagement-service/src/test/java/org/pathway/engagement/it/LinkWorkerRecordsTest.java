package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

@QuarkusTest
class LinkWorkerRecordsTest {

    private static final String SESSIONS = "/sites/{site}/participants/{id}/link-worker-sessions";
    private static final String OUTCOMES = "/sites/{site}/participants/{id}/outcomes";
    private static final String ENGAGEMENT = "/sites/{site}/participants/{id}/engagement";

    private final String participant = Fixtures.referred(NORTH_LONDON);
    private final String yesterday = LocalDate.now().minusDays(1).toString();

    @Test
    void aLinkWorkerSessionIsStoredAnnouncedAndCounted() {
        postSession(participant, 45, "video").statusCode(201)
                .body("id", notNullValue()).body("minutes", equalTo(45)).body("mode", equalTo("video"));
        postSession(participant, 30, "in-person").statusCode(201);

        ConsumerRecord<String, String> recorded = Fixtures.awaitEngagementEvents(participant,
                "pathway.linkworker-session.recorded.v1", 2).get(0);
        Fixtures.assertSchemaValid(recorded);
        given().auth().oauth2(linkWorker()).get(ENGAGEMENT, NORTH_LONDON, participant)
                .then().statusCode(200)
                .body("linkWorkerSessions", equalTo(2))
                .body("linkWorkerMinutes", equalTo(75));
    }

    @Test
    void aSessionRepeatedWithItsIdempotencyKeyIsRecordedAndAnnouncedOnce() {
        String first = postSession(participant, 40, "phone", "visit-1").statusCode(201)
                .extract().path("id");
        postSession(participant, 40, "phone", "visit-1").statusCode(200)
                .body("id", equalTo(first)).body("minutes", equalTo(40));
        String second = postSession(participant, 20, "phone", "visit-2").statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> recorded = Fixtures.awaitEngagementEvents(participant,
                "pathway.linkworker-session.recorded.v1", 2);
        assertThat(recorded).extracting(ConsumerRecord::value)
                .satisfiesExactly(event -> assertThat(event).contains(first), event -> assertThat(event).contains(second));
        given().auth().oauth2(linkWorker()).get(ENGAGEMENT, NORTH_LONDON, participant)
                .then().statusCode(200)
                .body("linkWorkerSessions", equalTo(2))
                .body("linkWorkerMinutes", equalTo(60));
    }

    @Test
    void anIdempotencyKeyUsedForAnotherSessionConflictsAndABadKeyIsRefused() {
        postSession(participant, 40, "phone", "visit-1").statusCode(201);
        postSession(participant, 45, "phone", "visit-1").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key"));
        postSession(participant, 40, "phone", "k".repeat(256)).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key"));
        given().auth().oauth2(linkWorker()).get(ENGAGEMENT, NORTH_LONDON, participant)
                .then().statusCode(200).body("linkWorkerSessions", equalTo(1));
    }

    @Test
    void oneKeyAtTwoParticipantsRecordsTwoSessions() {
        String other = Fixtures.referred(NORTH_LONDON);
        String mine = postSession(participant, 30, "video", "visit-1").statusCode(201).extract().path("id");
        String theirs = postSession(other, 45, "video", "visit-1").statusCode(201).extract().path("id");

        assertThat(storedSessions(participant)).containsExactly(mine + " 30 video visit-1");
        assertThat(storedSessions(other)).containsExactly(theirs + " 45 video visit-1");
    }

    @Test
    void anInvalidSessionIsUnprocessable() {
        postSession(participant, 0, "carrier-pigeon").statusCode(422)
                .body("errors.field", hasItem("minutes"))
                .body("errors.field", hasItem("mode"));
    }

    @Test
    void outcomesAreScoredStoredAndAnnounced() {
        postOutcome(participant, "SWEMWBS", "baseline", Collections.nCopies(7, 3)).statusCode(201)
                .body("scores.rawTotal", equalTo(21.0f))
                .body("scores.metricScore", equalTo(19.25f));
        postOutcome(participant, "RCADS25", "baseline", Collections.nCopies(25, 1)).statusCode(201)
                .body("scores.anxiety", equalTo(15.0f))
                .body("scores.depression", equalTo(10.0f))
                .body("scores.total", equalTo(25.0f));
        postOutcome(participant, "ONS4", "3m", List.of(7, 8, 6, 3)).statusCode(201)
                .body("scores.lifeSatisfaction", equalTo(7.0f))
                .body("scores.anxiety", equalTo(3.0f));

        List<ConsumerRecord<String, String>> recorded = Fixtures.awaitEngagementEvents(participant,
                "pathway.outcome.recorded.v1", 3);
        recorded.forEach(Fixtures::assertSchemaValid);
        assertThat(recorded.get(0).value()).contains("\"metricScore\":19.25").doesNotContain("items");
    }

    @Test
    void wrongItemCountsAndRangesAreUnprocessable() {
        postOutcome(participant, "SWEMWBS", "baseline", Collections.nCopies(6, 3)).statusCode(422)
                .body("errors[0].field", equalTo("items"));
        postOutcome(participant, "ONS4", "baseline", List.of(7, 11, 6, 3)).statusCode(422)
                .body("errors[0].field", equalTo("items[1]"));
        postOutcome(participant, "RCADS25", "baseline", Collections.nCopies(25, 4)).statusCode(422);
    }

    @Test
    void aSecondSubmissionForTheSameInstrumentAndTimepointConflicts() {
        postOutcome(participant, "ONS4", "baseline", List.of(5, 5, 5, 5)).statusCode(201);
        postOutcome(participant, "ONS4", "baseline", List.of(6, 6, 6, 6)).statusCode(409);
        postOutcome(participant, "ONS4", "6m", List.of(6, 6, 6, 6)).statusCode(201);
        postOutcome(participant, "SWEMWBS", "baseline", Collections.nCopies(7, 2)).statusCode(201);
    }

    @Test
    void anOutcomeRepeatedWithItsIdempotencyKeyAnswersTheFirstAndAnotherMeasureUnderItConflicts() {
        String id = postOutcome(participant, "ONS4", "baseline", List.of(7, 8, 6, 3), "form-1").statusCode(201)
                .extract().path("id");
        postOutcome(participant, "ONS4", "baseline", List.of(7, 8, 6, 3), "form-1").statusCode(200)
                .body("id", equalTo(id))
                .body("items", equalTo(List.of(7, 8, 6, 3)))
                .body("scores.lifeSatisfaction", equalTo(7.0f));
        postOutcome(participant, "ONS4", "3m", List.of(7, 8, 6, 3), "form-1").statusCode(409)
                .body("detail", containsString("Idempotency-Key"));
        postOutcome(participant, "ONS4", "baseline", List.of(7, 8, 6, 3), "form-2").statusCode(409)
                .body("detail", containsString("already recorded"));
        postOutcome(participant, "ONS4", "3m", List.of(5, 5, 5, 5), "form-3").statusCode(201);

        List<ConsumerRecord<String, String>> recorded = Fixtures.awaitEngagementEvents(participant,
                "pathway.outcome.recorded.v1", 2);
        assertThat(recorded).extracting(ConsumerRecord::value)
                .satisfiesExactly(event -> assertThat(event).contains(id, "baseline"),
                        event -> assertThat(event).contains("3m"));
    }

    @Test
    void onlyLinkWorkersOfTheSiteMayRecord() {
        given().contentType(ContentType.JSON).body(sessionBody(20, "phone"))
                .post(SESSIONS, NORTH_LONDON, participant).then().statusCode(401);
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "ref-1", "referrer")).contentType(ContentType.JSON)
                .body(sessionBody(20, "phone")).post(SESSIONS, NORTH_LONDON, participant).then().statusCode(403);
        given().auth().oauth2(Tokens.site("cardiff-vale", "worker-2", "link-worker")).contentType(ContentType.JSON)
                .body(sessionBody(20, "phone")).post(SESSIONS, NORTH_LONDON, participant).then().statusCode(403);
        given().auth().oauth2(Tokens.site("cardiff-vale", "worker-2", "link-worker"))
                .get(ENGAGEMENT, NORTH_LONDON, participant).then().statusCode(403);
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "ref-1", "referrer"))
                .get(ENGAGEMENT, NORTH_LONDON, participant).then().statusCode(403);
    }

    @Test
    void aSitesParticipantIsNotFoundAtAnotherSite() {
        postSession(participant, 25, "phone").statusCode(201);
        given().auth().oauth2(Tokens.site("cardiff-vale", "worker-2", "link-worker"))
                .get(ENGAGEMENT, "cardiff-vale", participant)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMalformedParticipantIdIsNotFound() {
        given().auth().oauth2(linkWorker()).get(ENGAGEMENT, NORTH_LONDON, "someone").then().statusCode(404);
    }

    /** The participant's stored sessions at the site, each as "id minutes mode key". */
    private List<String> storedSessions(String participantId) {
        return Fixtures.texts("select id || ' ' || minutes || ' ' || mode || ' ' || coalesce(idempotency_key, '-')"
                + " from site_north_london.link_worker_session where participant_id = ?", participantId);
    }

    private ValidatableResponse postSession(String participantId, int minutes, String mode) {
        return given().auth().oauth2(linkWorker()).contentType(ContentType.JSON).body(sessionBody(minutes, mode))
                .post(SESSIONS, NORTH_LONDON, participantId).then();
    }

    private ValidatableResponse postSession(String participantId, int minutes, String mode, String idempotencyKey) {
        return given().auth().oauth2(linkWorker()).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(sessionBody(minutes, mode)).post(SESSIONS, NORTH_LONDON, participantId).then();
    }

    private String sessionBody(int minutes, String mode) {
        return "{\"date\":\"" + yesterday + "\",\"minutes\":" + minutes + ",\"mode\":\"" + mode + "\"}";
    }

    private ValidatableResponse postOutcome(String participantId, String instrument, String timepoint,
                                            List<Integer> items) {
        return outcomeRequest(instrument, timepoint, items).post(OUTCOMES, NORTH_LONDON, participantId).then();
    }

    private ValidatableResponse postOutcome(String participantId, String instrument, String timepoint,
                                            List<Integer> items, String idempotencyKey) {
        return outcomeRequest(instrument, timepoint, items).header("Idempotency-Key", idempotencyKey)
                .post(OUTCOMES, NORTH_LONDON, participantId).then();
    }

    private RequestSpecification outcomeRequest(String instrument, String timepoint, List<Integer> items) {
        String body = "{\"instrument\":\"" + instrument + "\",\"timepoint\":\"" + timepoint + "\",\"completedAt\":\""
                + yesterday + "\",\"items\":" + items + "}";
        return given().auth().oauth2(linkWorker()).contentType(ContentType.JSON).body(body);
    }

    private static String linkWorker() {
        return Tokens.site(NORTH_LONDON, "worker-1", "link-worker");
    }
}
