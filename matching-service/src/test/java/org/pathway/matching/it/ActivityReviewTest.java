package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.linkWorker;
import static org.pathway.matching.it.Api.place;
import static org.pathway.matching.it.Api.recommendationsPath;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imported services whose ages nobody stated wait for a person's review: listed with
 * {@code needsReview=true}, never recommended or booked until approved, and a review survives the
 * next import of the same page. Runs at north-london with services of unique ids.
 */
@QuarkusTest
class ActivityReviewTest {

    private static final String SITE = NORTH_LONDON;
    private static final String ACTIVITIES = "/sites/" + SITE + "/activities";

    @Test
    void aServiceWithoutAgesWaitsForReviewAndIsRecommendedOnlyOnceApproved() {
        String externalId = "review-" + UUID.randomUUID();
        String page = page(externalId, "Saturday Drop-in", "Come along for games and a chat.");
        linkWorker(SITE).body(page).post(ACTIVITIES + "/import").then().statusCode(200);
        JsonPath imported = byExternalId(externalId);
        String id = imported.getString("id");
        assertThat(imported.getBoolean("needsReview")).isTrue();
        assertThat(imported.getString("ageEvidence")).isEqualTo("no ages stated by the directory or in the text");
        assertThat(imported.getString("categoryEvidence")).contains("\"games\"");
        assertThat(linkWorker(SITE).get(ACTIVITIES + "?needsReview=true&size=100").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).contains(id);

        String participant = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, participant, 12, List.of("games"), "N7", List.of(), "en");
        Api.awaitProfile(SITE, participant);
        assertThat(recommendedIds(participant)).doesNotContain(id);
        place(SITE, participant, id).statusCode(409).contentType("application/problem+json");

        Api.as(SITE, "site-admin").body(Map.of("approved", true, "minAge", 11, "maxAge", 16, "category", "social"))
                .post(ACTIVITIES + "/" + id + "/review").then().statusCode(200)
                .body("needsReview", equalTo(false))
                .body("minAge", equalTo(11)).body("maxAge", equalTo(16)).body("category", equalTo("social"))
                .body("review", equalTo("approved"))
                .body("ageEvidence", equalTo("reviewed"));
        assertThat(recommendedIds(participant)).contains(id);
        assertThat(linkWorker(SITE).get(ACTIVITIES + "?needsReview=true&size=100").then().extract().jsonPath()
                .getList("items.id", String.class)).doesNotContain(id);

        linkWorker(SITE).body(page).post(ACTIVITIES + "/import").then().statusCode(200)
                .body("unchanged", equalTo(1));
        JsonPath again = byExternalId(externalId);
        assertThat(again.getBoolean("needsReview")).as("a review survives re-import").isFalse();
        assertThat(again.getInt("maxAge")).isEqualTo(16);
        assertThat(again.getString("category")).isEqualTo("social");
    }

    @Test
    void aServiceNotApprovedIsNeverRecommendedAgainEvenAfterReimport() {
        String externalId = "review-" + UUID.randomUUID();
        String page = page(externalId, "Teen Drop-in", "For young people aged 11-19.");
        linkWorker(SITE).body(page).post(ACTIVITIES + "/import").then().statusCode(200);
        JsonPath imported = byExternalId(externalId);
        String id = imported.getString("id");
        assertThat(imported.getBoolean("needsReview")).as("ages read from the text").isFalse();
        assertThat(imported.getString("ageEvidence")).isEqualTo("from the text: \"11-19\"");
        assertThat(imported.getInt("minAge")).isEqualTo(11);
        assertThat(imported.getInt("maxAge")).isEqualTo(19);

        linkWorker(SITE).body(Map.of("approved", false)).post(ACTIVITIES + "/" + id + "/review").then()
                .statusCode(200).body("review", equalTo("rejected")).body("active", equalTo(false))
                .body("reviewedAt", notNullValue());
        linkWorker(SITE).body(page).post(ACTIVITIES + "/import").then().statusCode(200);

        assertThat(byExternalId(externalId).getBoolean("active")).isFalse();
    }

    @Test
    void anActivityEnteredByHandHasStatedAgesAndNeedsNoReview() {
        String id = Api.createActivity(SITE, Api.activity("Hand-entered club"));

        linkWorker(SITE).get(ACTIVITIES + "/" + id).then().statusCode(200)
                .body("needsReview", equalTo(false)).body("ageEvidence", nullValue()).body("review", nullValue());
    }

    @ParameterizedTest(name = "{0} → 422 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"minAge": 11, "maxAge": 18, "category": "arts"}                      | approved
            {"approved": true, "maxAge": 18, "category": "arts"}                  | minAge
            {"approved": true, "minAge": 11, "maxAge": 30, "category": "arts"}    | maxAge
            {"approved": true, "minAge": 15, "maxAge": 12, "category": "arts"}    | maxAge
            {"approved": true, "minAge": 11, "maxAge": 18}                        | category
            {"approved": true, "minAge": 11, "maxAge": 18, "category": "cooking"} | category
            """)
    void anInvalidReviewIs422NamingTheFieldAndChangesNothing(String body, String field) {
        String id = Api.createActivity(SITE, Api.activity("Reviewed club"));

        linkWorker(SITE).body(body).post(ACTIVITIES + "/" + id + "/review").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        linkWorker(SITE).get(ACTIVITIES + "/" + id).then().body("review", nullValue()).body("maxAge", equalTo(18));
    }

    @Test
    void reviewingNeedsASiteAdminOrLinkWorkerOfTheSiteAndTheListFilterIsChecked() {
        String id = Api.createActivity(SITE, Api.activity("Guarded club"));
        Map<String, Object> body = Map.of("approved", false);

        Api.as(SITE, "referrer").body(body).post(ACTIVITIES + "/" + id + "/review").then().statusCode(403);
        Api.as(Api.CARDIFF_VALE, "site-admin").body(body).post(ACTIVITIES + "/" + id + "/review").then()
                .statusCode(403);
        linkWorker(Api.CARDIFF_VALE).body(body).post("/sites/cardiff-vale/activities/" + id + "/review").then()
                .statusCode(404);
        linkWorker(SITE).get(ACTIVITIES + "/" + id).then().body("active", equalTo(true));
        linkWorker(SITE).get(ACTIVITIES + "?needsReview=maybe").then().statusCode(422)
                .body("errors[0].field", equalTo("needsReview"));
    }

    private static String page(String externalId, String name, String description) {
        Map<String, Object> service = new HashMap<>();
        service.put("id", externalId);
        service.put("name", name);
        service.put("description", description);
        service.put("organization", Map.of("name", "Holloway Community Centre"));
        service.put("status", "active");
        service.put("service_at_locations", List.of(Map.of("location", Map.of("latitude", 51.556,
                "longitude", -0.116, "addresses", List.of(Map.of("address_type", "physical", "postal_code",
                        "N7 8JL"))))));
        return toJson(Map.of("contents", List.of(service)));
    }

    private static String toJson(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath byExternalId(String externalId) {
        JsonPath all = linkWorker(SITE).get(ACTIVITIES + "?size=100").then().statusCode(200).extract().jsonPath();
        int pages = (int) Math.ceil(all.getInt("total") / 100.0);
        for (int p = 0; p < pages; p++) {
            JsonPath page = linkWorker(SITE).get(ACTIVITIES + "?size=100&page=" + p).then().extract().jsonPath();
            List<String> ids = page.getList("items.externalId", String.class);
            int at = ids.indexOf(externalId);
            if (at >= 0) {
                return new JsonPath(toJson(page.getMap("items[" + at + "]")));
            }
        }
        throw new AssertionError("no activity imported from " + externalId);
    }

    private static List<String> recommendedIds(String participant) {
        return linkWorker(SITE).get(recommendationsPath(SITE, participant) + "?limit=50").then().statusCode(200)
                .extract().jsonPath().getList("activityId", String.class);
    }
}
