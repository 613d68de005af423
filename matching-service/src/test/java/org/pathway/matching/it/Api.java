package org.pathway.matching.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathway.testkit.Tokens;

/** Calls to the matching API as a site's link worker, and the helpers the integration tests share. */
final class Api {

    static final String NORTH_LONDON = "north-london";
    static final String CARDIFF_VALE = "cardiff-vale";

    private Api() {
    }

    static RequestSpecification as(String site, String... roles) {
        return given().auth().oauth2(Tokens.site(site, "worker-" + site, roles)).contentType(ContentType.JSON);
    }

    static RequestSpecification linkWorker(String site) {
        return as(site, "link-worker");
    }

    /** A valid activity body in north London; tests change what they need. */
    static Map<String, Object> activity(String name) {
        Map<String, Object> a = new HashMap<>();
        a.put("providerId", "green-gym");
        a.put("providerName", "Green Gym Islington");
        a.put("name", name);
        a.put("category", "nature");
        a.put("description", "Conservation work and games outdoors.");
        a.put("minAge", 11);
        a.put("maxAge", 18);
        a.put("postcode", "N7 8JL");
        a.put("latitude", 51.556);
        a.put("longitude", -0.116);
        a.put("schedule", List.of(Map.of("day", "SATURDAY", "start", "10:00", "end", "12:00")));
        a.put("capacity", 12);
        a.put("costPerSessionPence", 850);
        a.put("accessibility", List.of("step-free"));
        a.put("languages", List.of("en"));
        a.put("active", true);
        return a;
    }

    static String createActivity(String site, Map<String, Object> body) {
        return linkWorker(site).body(body).post("/sites/" + site + "/activities")
                .then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse place(String site, String participantId, String activityId) {
        return linkWorker(site).body(Map.of("participantId", participantId, "activityId", activityId))
                .post("/sites/" + site + "/placements").then();
    }

    /** Waits until the consumer has built the participant's profile (recommendations answer 200). */
    static void awaitProfile(String site, String participantId) {
        awaitStatus(site, participantId, 200);
    }

    /** Waits until recommendations for the participant answer with the status. */
    static void awaitStatus(String site, String participantId, int status) {
        await("recommendations answering " + status).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> linkWorker(site).get(recommendationsPath(site, participantId)).statusCode(), equalTo(status));
    }

    static String recommendationsPath(String site, String participantId) {
        return "/sites/" + site + "/participants/" + participantId + "/recommendations";
    }
}
