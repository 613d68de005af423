package org.pathway.workspace.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.workspace.pages.WorkspacePagesTest.json;

import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A site admin's directory feeds and review queue over a stubbed matching-service. */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
@TestSecurity(user = "site-admin-north-london", roles = "site-admin",
        attributes = @SecurityAttribute(key = "tenant-id", value = "north-london"))
class SiteAdminPagesTest {

    private static final UUID FEED = UUID.fromString("5d1c1e0a-3b7e-4a57-9f0e-2c4b6a8d0001");
    private static final UUID ACTIVITY = UUID.fromString("5d1c1e0a-3b7e-4a57-9f0e-2c4b6a8d0002");
    private static final String FEEDS = "/sites/north-london/directory-feeds";
    private static final String KNOWN_URL = "https://directory.example.gov.uk/api/services";

    @BeforeEach
    void stubFeeds() {
        ServicesWireMock.server.resetAll();
        ServicesWireMock.server.stubFor(get(urlPathEqualTo(FEEDS)).willReturn(json("""
                {"items": [{"id": "%s", "url": "%s", "format": "auto", "schedule": "daily", "createdAt": "2026-12-01T09:00:00Z"}],
                 "page": 0, "size": 100, "total": 1}""".formatted(FEED, KNOWN_URL))));
    }

    @Test
    void aFeedTheSiteHasIsNotAddedAgainSoAFormSentTwiceSubscribesOnce() {
        Response answer = submit("/sites/north-london/admin/feeds", "url", KNOWN_URL, "format", "auto", "schedule", "daily");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/sites/north-london/admin/feeds/" + FEED + "?done=exists");
        ServicesWireMock.server.verify(0, postRequestedFor(urlPathEqualTo(FEEDS)));
    }

    @Test
    void aRefusedFeedComesBackWithTheErrorNextToItsField() {
        ServicesWireMock.server.stubFor(post(urlPathEqualTo(FEEDS)).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title": "Invalid request", "status": 422,
                         "errors": [{"field": "url", "message": "must be an absolute http or https URL"}]}""")));

        Response answer = submit("/sites/north-london/admin/feeds", "url", "ftp://x", "format", "auto", "schedule", "hourly");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.asString()).contains("id=\"url-error\"").contains("Feed address must be an absolute http or https URL")
                .contains("value=\"ftp://x\"").contains("id=\"schedule-hourly\" name=\"schedule\" type=\"radio\" value=\"hourly\" checked");
    }

    @Test
    void aFeedsPageShowsItsSyncReports() {
        ServicesWireMock.server.stubFor(get(urlPathEqualTo(FEEDS + "/" + FEED)).willReturn(json("""
                {"id": "%s", "url": "%s", "format": "auto", "schedule": "daily", "createdAt": "2026-12-01T09:00:00Z"}""".formatted(FEED, KNOWN_URL))));
        ServicesWireMock.server.stubFor(get(urlPathEqualTo(FEEDS + "/" + FEED + "/syncs")).willReturn(json("""
                {"items": [{"id": "%s", "feedId": "%s", "trigger": "manual", "status": "completed", "startedAt": "2026-12-02T09:00:00Z",
                  "pages": 1, "fetched": 32, "created": 30, "updated": 0, "unchanged": 0, "retired": 0, "needsReview": 21,
                  "skipped": 2, "errors": [{"index": 7, "id": "svc-7", "reason": "no name"}]}], "page": 0, "size": 20, "total": 1}""".formatted(UUID.randomUUID(), FEED))));

        String page = given().get("/sites/north-london/admin/feeds/" + FEED).then().statusCode(200).extract().asString();

        assertThat(page).contains("Sync reports (1)").contains("completed").contains("30, 0, 0").contains(">21<")
                .contains("Entry 7 (svc-7): no name").contains("id=\"sync-now\"");
    }

    @Test
    void approvingSendsTheAgesAndCategoryAndARefusalNamesTheField() {
        String review = "/sites/north-london/activities/" + ACTIVITY + "/review";
        ServicesWireMock.server.stubFor(post(urlPathEqualTo(review)).withRequestBody(equalToJson("""
                {"approved": true, "minAge": 11, "maxAge": 18, "category": "sport"}""")).willReturn(json("{}")));
        ServicesWireMock.server.stubFor(post(urlPathEqualTo(review)).withRequestBody(equalToJson("""
                {"approved": true, "minAge": 11, "maxAge": 9, "category": "sport"}""")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"title": "Invalid request", "status": 422, "errors": [{"field": "maxAge", "message": "must not be below minAge"}]}""")));
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/activities/" + ACTIVITY)).willReturn(json("""
                {"id": "%s", "name": "Youth football", "minAge": 0, "maxAge": 25, "category": "sport", "needsReview": true,
                 "ageEvidence": "no ages stated", "categoryEvidence": "taxonomy: sport"}""".formatted(ACTIVITY))));

        Response approved = submit("/sites/north-london/admin/review/" + ACTIVITY, "minAge", "11", "maxAge", "18",
                "category", "sport", "decision", "approve");
        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(approved.header("Location")).endsWith("/sites/north-london/admin/review?done=approved");

        Response refused = submit("/sites/north-london/admin/review/" + ACTIVITY, "minAge", "11", "maxAge", "9",
                "category", "sport", "decision", "approve");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("id=\"maxAge-error\"").contains("Oldest age must not be below minAge")
                .contains("taxonomy: sport");
    }

    /** A form as the browser sends it: with the CSRF token of the page it came from. */
    private static Response submit(String path, String... fields) {
        Response form = given().get("/sites/north-london/admin/feeds");
        assertThat(form.statusCode()).isEqualTo(200);
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        var request = given().redirects().follow(false).cookie("csrf-token", form.cookie("csrf-token")).formParam("csrf-token", token);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }
}
