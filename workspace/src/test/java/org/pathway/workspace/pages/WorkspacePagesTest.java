package org.pathway.workspace.pages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages over stubbed services. {@code @TestSecurity} stands in for the code-flow sign-in (the real sign-in, with
 * Keycloak, is the browser scenario of deploy/local); the identity carries the tenant it signed in with.
 */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class WorkspacePagesTest {

    private static final String PARTICIPANT = "P-7F3A9C";
    private static final UUID REFERRAL = UUID.fromString("0c8a4f4e-7d43-4a5e-9c55-3f1d7ad1e001");

    @BeforeEach
    void resetStubs() {
        ServicesWireMock.server.resetAll();
    }

    @Test
    @TestSecurity(user = "link-worker-cardiff-vale", roles = "link-worker",
            attributes = @SecurityAttribute(key = "tenant-id", value = "cardiff-vale"))
    void anotherSitesPageIsTheForbiddenPageAndCallsNoService() {
        Response page = given().get("/sites/north-london/referrals/" + REFERRAL);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("You cannot open this page").doesNotContain(REFERRAL.toString());
        assertThat(ServicesWireMock.server.getAllServeEvents()).isEmpty();
    }

    @Test
    @TestSecurity(user = "link-worker-north-london", roles = "link-worker",
            attributes = @SecurityAttribute(key = "tenant-id", value = "north-london"))
    void caseloadMarksAWaitPastTheSitesTargetAndShowsNoName() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        stubList("ACCEPTED", """
                {"id": "%s", "participantId": "%s", "status": "ACCEPTED", "referredAt": "%s", "ageAtReferral": 14,
                 "presentingNeeds": ["anxiety"]}""".formatted(REFERRAL, PARTICIPANT, today.minusDays(12)));
        stubList("CONTACTED", "");

        String page = given().get("/sites/north-london/caseload").then().statusCode(200).extract().asString();

        assertThat(page).contains(PARTICIPANT).contains("Over target").contains(">12");
    }

    @Test
    @TestSecurity(user = "link-worker-north-london", roles = "link-worker",
            attributes = @SecurityAttribute(key = "tenant-id", value = "north-london"))
    void caseloadListsTheQuestionnairesNotYetRecordedOfEachOpenedWindow() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        stubList("ACCEPTED", "");
        stubList("CONTACTED", """
                {"id": "%s", "participantId": "%s", "status": "CONTACTED", "referredAt": "%s", "contactedAt": "%sT10:00:00Z",
                 "ageAtReferral": 14, "presentingNeeds": ["anxiety"]}""".formatted(REFERRAL, PARTICIPANT, today.minusDays(90),
                today.minusDays(80)));
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/participants/" + PARTICIPANT + "/engagement"))
                .willReturn(aResponse().withStatus(404)));
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/outcomes"))
                .withQueryParam("participantId", equalTo(PARTICIPANT)).willReturn(json("""
                        {"items": [{"participantId": "%s", "instrument": "SWEMWBS", "timepoint": "baseline", "completedAt": "%s",
                                    "scores": {"rawTotal": 23.0}}], "page": 0, "size": 200, "total": 1}""".formatted(PARTICIPANT, today.minusDays(79)))));

        String page = given().get("/sites/north-london/caseload").then().statusCode(200).extract().asString();

        String baseline = row(page, "data-due=\"" + PARTICIPANT + "-baseline\"");
        assertThat(baseline).contains("Window closed").contains("RCADS-25, ONS4").doesNotContain("SWEMWBS");
        assertThat(row(page, "data-due=\"" + PARTICIPANT + "-3m\"")).doesNotContain("Window closed")
                .contains("SWEMWBS, RCADS-25, ONS4");
        assertThat(page).doesNotContain(PARTICIPANT + "-6m");
    }

    @Test
    @TestSecurity(user = "link-worker-north-london", roles = "link-worker",
            attributes = @SecurityAttribute(key = "tenant-id", value = "north-london"))
    void theYoungPersonsPageShowsRecordedQuestionnairesAndTheMessagesBackWithTheirDelivery() {
        stubReferral();
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/participants/" + PARTICIPANT + "/outcomes"))
                .willReturn(json("""
                        [{"participantId": "%s", "instrument": "RCADS25", "timepoint": "baseline", "completedAt": "2026-11-26",
                          "scores": {"anxiety": 15.0, "depression": 10.0, "total": 25.0}}]""".formatted(PARTICIPANT))));
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/referrals/" + REFERRAL + "/messages"))
                .willReturn(json("""
                        {"items": [
                          {"change": "accepted", "state": "DELIVERED", "attempts": 1, "createdAt": "2026-11-20T09:00:00Z",
                           "deliveredAt": "2026-11-20T09:00:01Z", "lastStatus": 200},
                          {"change": "contacted", "state": "PENDING", "attempts": 3, "createdAt": "2026-11-25T10:00:00Z",
                           "nextAttemptAt": "2026-11-25T10:04:00Z", "lastStatus": 503, "lastError": "HTTP 503"}]}""")));

        String page = given().get("/sites/north-london/referrals/" + REFERRAL).then().statusCode(200).extract().asString();

        assertThat(row(page, "data-timepoint=\"baseline\"")).contains("RCADS-25 on 2026-11-26 (Anxiety 15, Depression 10, Total 25)");
        assertThat(row(page, "data-timepoint=\"3m\"")).contains("None yet");
        assertThat(row(page, "data-change=\"accepted\"")).contains("Delivered 2026-11-20T09:00:01Z").contains("<td>1</td>");
        assertThat(row(page, "data-change=\"contacted\"")).contains("Not delivered yet, next attempt 2026-11-25T10:04:00Z")
                .contains("HTTP 503").contains("<td>3</td>");
    }

    @Test
    @TestSecurity(user = "link-worker-north-london", roles = "link-worker",
            attributes = @SecurityAttribute(key = "tenant-id", value = "north-london"))
    void aRefusedSessionComesBackWithTheErrorNextToItsField() {
        stubReferral();
        ServicesWireMock.server.stubFor(post(urlPathEqualTo("/sites/north-london/participants/" + PARTICIPANT + "/link-worker-sessions"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "about:blank", "title": "Invalid request", "status": 422,
                         "errors": [{"field": "minutes", "message": "must be between 1 and 600"}]}""")));

        Response form = given().get("/sites/north-london/referrals/" + REFERRAL);
        assertThat(form.statusCode()).isEqualTo(200);
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        Response page = given().cookie("csrf-token", form.cookie("csrf-token")).formParam("csrf-token", token)
                .formParam("participantId", PARTICIPANT).formParam("date", "2026-12-01")
                .formParam("minutes", "900").formParam("mode", "phone").formParam("idempotencyKey", "key-1")
                .post("/sites/north-london/referrals/" + REFERRAL + "/sessions");

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.asString()).contains("id=\"minutes-error\"").contains("Minutes must be between 1 and 600")
                .contains("value=\"900\"");
        ServicesWireMock.server.verify(postRequestedFor(urlPathEqualTo("/sites/north-london/participants/" + PARTICIPANT
                + "/link-worker-sessions")).withHeader("Idempotency-Key", equalTo("key-1"))
                .withRequestBody(containing("\"minutes\":900")));
    }

    @Test
    @TestSecurity(user = "link-worker-north-london", roles = "link-worker",
            attributes = @SecurityAttribute(key = "tenant-id", value = "north-london"))
    void aFormWithoutItsCsrfTokenIsRefusedAndReachesNoService() {
        Response page = given().formParam("participantId", PARTICIPANT).formParam("minutes", "30")
                .post("/sites/north-london/referrals/" + REFERRAL + "/sessions");

        assertThat(page.statusCode()).isIn(400, 403);
        assertThat(ServicesWireMock.server.getAllServeEvents()).isEmpty();
    }

    @Test
    @TestSecurity(user = "researcher", roles = "researcher",
            attributes = @SecurityAttribute(key = "tenant-id", value = "platform"))
    void aServiceThatIsDownIsAPlainMessage() {
        Response page = given().get("/research/dashboard");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.asString()).contains("Service not available").doesNotContain("Exception").doesNotContain("localhost:1");
    }

    private static void stubList(String status, String item) {
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/referrals"))
                .withQueryParam("status", equalTo(status)).withQueryParam("arm", equalTo("pathway")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"items\": [" + item + "], \"page\": 0, \"size\": 100, \"total\": " + (item.isEmpty() ? 0 : 1) + "}")));
    }

    /** The table row (or element) with that attribute, up to its end. */
    static String row(String page, String attribute) {
        int start = page.indexOf(attribute);
        assertThat(start).as(attribute).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static void stubReferral() {
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/referrals/" + REFERRAL))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id": "%s", "participantId": "%s", "status": "CONTACTED", "referredAt": "2026-11-20",
                         "contactedAt": "2026-11-25T10:00:00Z", "ageAtReferral": 14,
                         "youngPerson": {"givenName": "Sam", "familyName": "Taylor", "nhsNumber": "9434765919"},
                         "presentingNeeds": ["anxiety"], "interests": ["art"], "accessibilityNeeds": []}""".formatted(REFERRAL, PARTICIPANT))));
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/participants/" + PARTICIPANT + "/placements"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        ServicesWireMock.server.stubFor(get(urlPathEqualTo("/sites/north-london/participants/" + PARTICIPANT + "/engagement"))
                .willReturn(aResponse().withStatus(404)));
    }
}
