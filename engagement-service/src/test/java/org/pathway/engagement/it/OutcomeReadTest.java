package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.pathway.engagement.it.Fixtures.CARDIFF_VALE;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

/** The recorded questionnaires read back, per participant and per site, within the site only. */
@QuarkusTest
class OutcomeReadTest {

    private static final String OUTCOMES = "/sites/{site}/participants/{id}/outcomes";
    private static final String SITE_OUTCOMES = "/sites/{site}/outcomes";

    private final String participant = Fixtures.referred(NORTH_LONDON);
    private final String yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();

    @Test
    void aParticipantsMeasuresAreReadBackWithScoresAndWithoutAnswers() {
        record(NORTH_LONDON, participant, "SWEMWBS", "baseline", Collections.nCopies(7, 3));
        record(NORTH_LONDON, participant, "ONS4", "3m", List.of(7, 8, 6, 3));

        for (String role : List.of("link-worker", "site-admin")) {
            given().auth().oauth2(Tokens.site(NORTH_LONDON, "reader", role)).get(OUTCOMES, NORTH_LONDON, participant)
                    .then().statusCode(200)
                    .body("instrument", contains("SWEMWBS", "ONS4"))
                    .body("timepoint", contains("baseline", "3m"))
                    .body("completedAt", contains(yesterday, yesterday))
                    .body("[0].scores.metricScore", equalTo(19.25f))
                    .body("[1].scores.lifeSatisfaction", equalTo(7.0f))
                    .body("[0]", not(hasKey("items")));
        }
    }

    @Test
    void theSiteListIsFilteredByTimepointAndParticipantsAndPaged() {
        String other = Fixtures.referred(NORTH_LONDON);
        record(NORTH_LONDON, participant, "SWEMWBS", "baseline", Collections.nCopies(7, 3));
        record(NORTH_LONDON, participant, "ONS4", "3m", List.of(7, 8, 6, 3));
        record(NORTH_LONDON, other, "ONS4", "baseline", List.of(5, 5, 5, 5));

        given().auth().oauth2(linkWorker()).queryParam("participantId", participant, other)
                .queryParam("timepoint", "baseline").get(SITE_OUTCOMES, NORTH_LONDON)
                .then().statusCode(200).body("total", equalTo(2)).body("items.timepoint", contains("baseline", "baseline"));
        given().auth().oauth2(linkWorker()).queryParam("participantId", participant).queryParam("size", 1)
                .queryParam("page", 1).get(SITE_OUTCOMES, NORTH_LONDON)
                .then().statusCode(200).body("total", equalTo(2)).body("page", equalTo(1))
                .body("items.instrument", contains("ONS4")).body("items[0]", not(hasKey("items")));
    }

    @Test
    void anotherSitesTokenIsRefusedAndAnotherSitesIdsAreNotFound() {
        String theirs = Fixtures.referred(CARDIFF_VALE);
        record(CARDIFF_VALE, theirs, "ONS4", "baseline", List.of(5, 5, 5, 5));
        String cardiffWorker = Tokens.site(CARDIFF_VALE, "worker-2", "link-worker");

        given().auth().oauth2(cardiffWorker).get(OUTCOMES, NORTH_LONDON, participant).then().statusCode(403);
        given().auth().oauth2(cardiffWorker).get(SITE_OUTCOMES, NORTH_LONDON).then().statusCode(403);
        given().auth().oauth2(linkWorker()).get(OUTCOMES, NORTH_LONDON, theirs)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(linkWorker()).queryParam("participantId", theirs).get(SITE_OUTCOMES, NORTH_LONDON)
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(cardiffWorker).queryParam("participantId", theirs).get(SITE_OUTCOMES, CARDIFF_VALE)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void referrersAndBadParametersAreRefused() {
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "ref-1", "referrer")).get(OUTCOMES, NORTH_LONDON, participant)
                .then().statusCode(403);
        given().auth().oauth2(linkWorker()).queryParam("timepoint", "12m").get(SITE_OUTCOMES, NORTH_LONDON)
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("timepoint"));
        given().auth().oauth2(linkWorker()).queryParam("participantId", Collections.nCopies(101, "p").toArray())
                .get(SITE_OUTCOMES, NORTH_LONDON)
                .then().statusCode(422).body("errors[0].field", equalTo("participantId"));
    }

    private void record(String site, String participantId, String instrument, String timepoint, List<Integer> items) {
        String body = "{\"instrument\":\"" + instrument + "\",\"timepoint\":\"" + timepoint + "\",\"completedAt\":\""
                + yesterday + "\",\"items\":" + items + "}";
        RequestSpecification request = given().auth().oauth2(Tokens.site(site, "worker", "link-worker"))
                .contentType(ContentType.JSON).body(body);
        request.post(OUTCOMES, site, participantId).then().statusCode(201);
    }

    private static String linkWorker() {
        return Tokens.site(NORTH_LONDON, "worker-1", "link-worker");
    }
}
