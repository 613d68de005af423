package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** Directory-feed calls as a site admin, shared by the feed tests. */
final class Feeds {

    private Feeds() {
    }

    static String path(String site) {
        return "/sites/" + site + "/directory-feeds";
    }

    static String create(String site, String url, String format, String schedule) {
        return Api.as(site, "site-admin").body(Map.of("url", url, "format", format, "schedule", schedule))
                .post(path(site)).then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse sync(String site, String feedId) {
        return Api.as(site, "site-admin").post(path(site) + "/" + feedId + "/sync").then();
    }

    /** Syncs and checks the answer is a report (a sync that failed still answers 200 with its reason). */
    static JsonPath report(String site, String feedId) {
        JsonPath report = sync(site, feedId).statusCode(200).extract().jsonPath();
        assertThat(report.getString("feedId")).isEqualTo(feedId);
        return report;
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
