package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.linkWorker;
import static org.pathway.matching.it.Api.place;
import static org.pathway.matching.it.Api.recommendationsPath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecommendationTest {

    private static final String SITE = NORTH_LONDON;

    @Test
    void recommendsOnlyBookableActivitiesForTheAgeAndExplainsEachScore() {
        String participant = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, participant, 14, List.of("painting", "music"), "N7", List.of("step-free"), "en");
        Api.awaitProfile(SITE, participant);

        String fits = createActivity(SITE, arts("Open studio", 11, 18, true, 6, List.of("step-free")));
        String inactive = createActivity(SITE, arts("Closed studio", 11, 18, false, 6, List.of("step-free")));
        String tooOld = createActivity(SITE, arts("Over-16s studio", 16, 18, true, 6, List.of("step-free")));
        String noStepFree = createActivity(SITE, arts("Upstairs studio", 11, 18, true, 6, List.of()));
        String full = createActivity(SITE, arts("Tiny studio", 11, 18, true, 1, List.of("step-free")));
        String other = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, other, 14, List.of(), "N7", List.of(), "en");
        Api.awaitProfile(SITE, other);
        place(SITE, other, full).statusCode(201);

        JsonPath recommendations = linkWorker(SITE).get(recommendationsPath(SITE, participant) + "?limit=50")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = recommendations.getList("activityId", String.class);
        assertThat(ids).contains(fits).doesNotContain(inactive, tooOld, noStepFree, full);
        int at = ids.indexOf(fits);
        assertThat(recommendations.getList("[" + at + "].reasons", String.class)).containsExactly(
                "interest: painting", "interest: music", "within 0.3 km", "age 14 in 11–18", "6 places left");
        List<Double> scores = recommendations.getList("score", Double.class);
        assertThat(scores.get(at)).as("an arts activity in N7 is among the best for a painter in N7")
                .isGreaterThan(70).isEqualTo(scores.get(0));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theLimitDefaultsToFiveAndIsBounded() {
        String participant = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, participant, 13, List.of("football"), "N1", List.of(), "en");
        Api.awaitProfile(SITE, participant);
        for (int i = 0; i < 6; i++) {
            createActivity(SITE, activity("Kickabout " + i));
        }
        assertThat(linkWorker(SITE).get(recommendationsPath(SITE, participant)).then().statusCode(200)
                .extract().jsonPath().getList("$")).hasSize(5);
        assertThat(linkWorker(SITE).get(recommendationsPath(SITE, participant) + "?limit=2").then().statusCode(200)
                .extract().jsonPath().getList("$")).hasSize(2);
        linkWorker(SITE).get(recommendationsPath(SITE, participant) + "?limit=0").then().statusCode(422);
        linkWorker(SITE).get(recommendationsPath(SITE, participant) + "?limit=500").then().statusCode(422);
    }

    @Test
    void aParticipantWhoseDistrictIsUnknownGetsNoDistanceTermAndIsToldSo() {
        String participant = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, participant, 15, List.of("gardening"), "BT1", List.of(), "en");
        Api.awaitProfile(SITE, participant);
        createActivity(SITE, activity("Allotment club"));

        List<List<String>> reasons = linkWorker(SITE).get(recommendationsPath(SITE, participant) + "?limit=50")
                .then().statusCode(200).extract().jsonPath().getList("reasons");
        assertThat(reasons).isNotEmpty()
                .allSatisfy(r -> assertThat(r).contains("distance unknown (postcode district not in table)"));
    }

    @Test
    void unknownParticipantsAre404AndOnlyLinkWorkersMayAsk() {
        linkWorker(SITE).get(recommendationsPath(SITE, ReferralEvents.newParticipantId())).then().statusCode(404);
        Api.as(SITE, "site-admin").get(recommendationsPath(SITE, ReferralEvents.newParticipantId()))
                .then().statusCode(403);
    }

    private static Map<String, Object> arts(String name, int minAge, int maxAge, boolean active, int capacity,
                                            List<String> accessibility) {
        Map<String, Object> a = activity(name);
        a.put("category", "arts");
        a.put("minAge", minAge);
        a.put("maxAge", maxAge);
        a.put("active", active);
        a.put("capacity", capacity);
        a.put("accessibility", accessibility);
        return a;
    }
}
