package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.engagement.it.Fixtures.CARDIFF_VALE;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

/**
 * A comparison participant (issue 20), known from {@code referral.received}/{@code accepted} with arm comparison:
 * outcome measures are recorded exactly as a pathway participant's; no link-worker sessions (no pathway offer); no
 * placement, so no status rule runs for them; the engagement answer says which arm.
 */
@QuarkusTest
class ComparisonParticipantTest {

    private static final String OUTCOMES = "/sites/{site}/participants/{id}/outcomes";
    private static final String SESSIONS = "/sites/{site}/participants/{id}/link-worker-sessions";
    private static final String ENGAGEMENT = "/sites/{site}/participants/{id}/engagement";

    private final String yesterday = LocalDate.now().minusDays(1).toString();

    @Test
    void outcomesAreScoredStoredAndAnnouncedAsForAPathwayParticipant() {
        String participant = Fixtures.comparisonRegistered(NORTH_LONDON);

        postOutcome(NORTH_LONDON, participant, "SWEMWBS", "baseline", Collections.nCopies(7, 3)).statusCode(201)
                .body("scores.metricScore", equalTo(19.25f));
        postOutcome(NORTH_LONDON, participant, "ONS4", "3m", List.of(7, 8, 6, 3)).statusCode(201);
        postOutcome(NORTH_LONDON, participant, "ONS4", "3m", List.of(7, 8, 6, 3)).statusCode(409);

        List<ConsumerRecord<String, String>> recorded = Fixtures.awaitEngagementEvents(participant,
                "pathway.outcome.recorded.v1", 2);
        recorded.forEach(Fixtures::assertSchemaValid);
        assertThat(recorded.get(0).value()).contains("\"participantId\":\"" + participant + "\"",
                "\"metricScore\":19.25");
    }

    @Test
    void aLinkWorkerSessionIsAConflictAndNothingIsRecorded() {
        String participant = Fixtures.comparisonRegistered(NORTH_LONDON);

        given().auth().oauth2(linkWorker(NORTH_LONDON)).contentType(ContentType.JSON)
                .body("{\"date\":\"" + yesterday + "\",\"minutes\":30,\"mode\":\"phone\"}")
                .post(SESSIONS, NORTH_LONDON, participant).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("comparison group"));

        assertThat(Fixtures.count("select count(*) from site_north_london.link_worker_session where participant_id = ?",
                participant)).isZero();
    }

    @Test
    void engagementAnswersTheArmWithNoStatusAndNothingCounted() {
        String participant = Fixtures.comparisonRegistered(NORTH_LONDON);

        given().auth().oauth2(linkWorker(NORTH_LONDON)).get(ENGAGEMENT, NORTH_LONDON, participant).then()
                .statusCode(200)
                .body("arm", equalTo("comparison"))
                .body("status", nullValue())
                .body("sessionsAttended", equalTo(0))
                .body("linkWorkerSessions", equalTo(0));
        String pathway = Fixtures.referred(NORTH_LONDON);
        given().auth().oauth2(linkWorker(NORTH_LONDON)).get(ENGAGEMENT, NORTH_LONDON, pathway).then()
                .statusCode(200).body("arm", equalTo("pathway"));
    }

    @Test
    void aPlacementEventAboutAComparisonParticipantStartsNoStatusRule() {
        String participant = Fixtures.comparisonRegistered(NORTH_LONDON);

        String eventId = Fixtures.placementConfirmed(NORTH_LONDON, participant, UUID.randomUUID(), Fixtures.provider(),
                Instant.now().minusSeconds(40L * 24 * 3600));
        Fixtures.await(() -> Fixtures.count("select count(*) from site_north_london.inbox where event_id = ?",
                UUID.fromString(eventId)) == 1, "placement event consumed");

        assertThat(Fixtures.count("select count(*) from site_north_london.placement where participant_id = ?",
                participant)).isZero();
        assertThat(Fixtures.count("select count(*) from site_north_london.participant_status where participant_id = ?"
                + " and placed_since is not null", participant)).isZero();
    }

    @Test
    void anotherSitesTokenAndAnotherSitesParticipantAreRefused() {
        String participant = Fixtures.comparisonRegistered(NORTH_LONDON);

        postOutcome(CARDIFF_VALE, participant, "ONS4", "baseline", List.of(5, 5, 5, 5)).statusCode(404);
        given().auth().oauth2(linkWorker(CARDIFF_VALE)).contentType(ContentType.JSON)
                .body("{\"instrument\":\"ONS4\",\"timepoint\":\"baseline\",\"completedAt\":\"" + yesterday
                        + "\",\"items\":[5,5,5,5]}")
                .post(OUTCOMES, NORTH_LONDON, participant).then().statusCode(403);
    }

    private ValidatableResponse postOutcome(String site, String participantId, String instrument, String timepoint,
                                            List<Integer> items) {
        String body = "{\"instrument\":\"" + instrument + "\",\"timepoint\":\"" + timepoint + "\",\"completedAt\":\""
                + yesterday + "\",\"items\":" + items + "}";
        return given().auth().oauth2(linkWorker(site)).contentType(ContentType.JSON).body(body)
                .post(OUTCOMES, site, participantId).then();
    }

    private static String linkWorker(String site) {
        return Tokens.site(site, "worker-" + site, "link-worker");
    }
}
