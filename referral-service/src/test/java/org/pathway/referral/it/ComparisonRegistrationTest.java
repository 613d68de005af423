package org.pathway.referral.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.siteAdmin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.referral.ComparisonParticipants;
import org.pathway.referral.Referrals;
import org.pathway.testkit.Tokens;

/**
 * {@code POST /sites/{siteId}/comparison-participants} over HTTP with real tokens: registration before the site's
 * pathway start date (north-london's is 2100-01-01 in the tests, cardiff-vale's 2026-09-01), the referral's
 * validation and eligibility, idempotency, roles and site boundaries.
 */
@QuarkusTest
class ComparisonRegistrationTest {

    private static final String PATH = "/sites/north-london/comparison-participants";

    @Test
    void aLinkWorkerRegistersAComparisonParticipantReadAsAReferralOfTheComparisonArm() {
        ObjectNode body = ComparisonParticipants.body("2026-11-02");

        Response created = ComparisonParticipants.register(NORTH_LONDON, body);

        created.then().statusCode(201)
                .header("Location", endsWith("/sites/north-london/referrals/" + created.path("id")))
                .body("arm", equalTo("comparison"))
                .body("status", equalTo("ACCEPTED"))
                .body("declineReason", nullValue())
                .body("siteId", equalTo(NORTH_LONDON));
        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + created.path("id")).then().statusCode(200)
                .body("arm", equalTo("comparison"))
                .body("referredAt", equalTo("2026-11-02"))
                .body("referrer", nullValue())
                .body("externalReference", nullValue())
                .body("participantId", equalTo(created.path("participantId")))
                .body("youngPerson.nhsNumber", equalTo(Referrals.youngPerson(body).get("nhsNumber").asText()));
    }

    @Test
    void registeredOnDefaultsToTodayAndASiteAdminMayRegister() {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        String id = ComparisonParticipants.register(NORTH_LONDON, siteAdmin(NORTH_LONDON),
                ComparisonParticipants.body(null)).then().statusCode(201).extract().path("id");

        as(siteAdmin(NORTH_LONDON)).get("/sites/north-london/referrals/" + id).then().body("referredAt", equalTo(today));
    }

    @Test
    void theSitesPathwayStartDateIsInItsSettings() {
        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/settings").then().statusCode(200)
                .body("pathwayStartDate", equalTo("2100-01-01"));
        as(linkWorker(CARDIFF_VALE)).get("/sites/cardiff-vale/settings").then().statusCode(200)
                .body("pathwayStartDate", equalTo("2026-09-01"));
    }

    @Test
    void onlyRegistrationsDatedBeforeThePathwayStartedAreTaken() {
        ComparisonParticipants.register(CARDIFF_VALE, ComparisonParticipants.body("2026-08-31")).then()
                .statusCode(201).body("arm", equalTo("comparison"));

        for (String onOrAfter : new String[] {"2026-09-01", "2026-10-15"}) {
            ComparisonParticipants.register(CARDIFF_VALE, ComparisonParticipants.body(onOrAfter)).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.field", contains("registeredOn"));
        }
    }

    @Test
    void badFieldsAre422NamingThemAsForReferrals() {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString();
        ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body(tomorrow)).then()
                .statusCode(422).body("errors.field", contains("registeredOn"));
        ComparisonParticipants.register(NORTH_LONDON,
                ComparisonParticipants.body("2026-11-02", b -> b.put("referredAt", "2026-11-02"))).then()
                .statusCode(422).body("errors.field", contains("referredAt"));
        ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02",
                b -> Referrals.youngPerson(b).put("nhsNumber", "9434765918"))).then()
                .statusCode(422).body("errors.field", contains("youngPerson.nhsNumber"));
        ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02",
                b -> b.put("waitingListSince", "2026-11-03"))).then()
                .statusCode(422).body("errors.field", contains("waitingListSince"))
                .body("errors.message", contains("must not be after registeredOn"));
        ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02",
                b -> b.remove("consent"))).then()
                .statusCode(422).body("errors.field", contains("consent"));
    }

    @Test
    void eligibilityIsTheReferralsAndADeclinedRegistrationIsAnsweredAsOne() {
        ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02",
                b -> b.put("severity", "severe"))).then().statusCode(201)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("SEVERITY_NOT_MODERATE"))
                .body("arm", equalTo("comparison"));
        ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02",
                b -> ((ObjectNode) b.get("consent")).put("youngPerson", false))).then().statusCode(201)
                .body("declineReason", equalTo("NO_CONSENT"));
    }

    @Test
    void theSameKeyAndBodyAnswersTheFirstRegistrationAndAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        ObjectNode body = ComparisonParticipants.body(null);
        Response first = as(linkWorker(NORTH_LONDON)).header("Idempotency-Key", key).body(body.toString()).post(PATH);
        first.then().statusCode(201);

        as(linkWorker(NORTH_LONDON)).header("Idempotency-Key", key).body(body.toString()).post(PATH).then()
                .statusCode(200)
                .header("Location", endsWith("/referrals/" + first.path("id")))
                .body("id", equalTo(first.path("id")))
                .body("participantId", equalTo(first.path("participantId")))
                .body("arm", equalTo("comparison"));
        ObjectNode other = body.deepCopy().put("severity", "mild");
        as(linkWorker(NORTH_LONDON)).header("Idempotency-Key", key).body(other.toString()).post(PATH).then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theSameExternalReferenceAndBodyIsAReplayToo() {
        ObjectNode body = ComparisonParticipants.body("2026-11-02", b -> b.put("externalReference", "CMP-" + UUID.randomUUID()));
        String id = ComparisonParticipants.register(NORTH_LONDON, body).then().statusCode(201).extract().path("id");

        ComparisonParticipants.register(NORTH_LONDON, body).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void onlyLinkWorkersAndSiteAdminsOfTheSiteRegister() {
        ObjectNode body = ComparisonParticipants.body("2026-11-02");
        ComparisonParticipants.register(NORTH_LONDON, Referrals.referrer(NORTH_LONDON), body).then().statusCode(403);
        ComparisonParticipants.register(NORTH_LONDON, linkWorker(CARDIFF_VALE), body).then().statusCode(403);
        ComparisonParticipants.register(NORTH_LONDON, Tokens.platform("researcher", "researcher"), body).then()
                .statusCode(403);
        given().contentType("application/json").body(body.toString()).post(PATH).then().statusCode(401);
    }

    @Test
    void anotherSitesComparisonParticipantIsNotFoundHere() {
        String cardiff = ComparisonParticipants.register(CARDIFF_VALE, ComparisonParticipants.body("2026-08-01"))
                .then().statusCode(201).extract().path("id");

        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + cardiff).then().statusCode(404);
        Referrals.action(NORTH_LONDON, linkWorker(NORTH_LONDON), cardiff, "close", "{\"reason\": \"completed\"}")
                .then().statusCode(404);
        Referrals.action(NORTH_LONDON, linkWorker(NORTH_LONDON), cardiff, "withdraw", "{\"scope\": \"all\"}")
                .then().statusCode(404);
        as(linkWorker(CARDIFF_VALE)).get("/sites/cardiff-vale/referrals/" + cardiff).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void bothArmsShareOneActiveRecordPerNhsNumber() {
        ObjectNode body = ComparisonParticipants.body("2026-11-02");
        ComparisonParticipants.register(NORTH_LONDON, body).then().statusCode(201);
        ObjectNode referral = Referrals.body();
        Referrals.youngPerson(referral).put("nhsNumber", Referrals.youngPerson(body).get("nhsNumber").asText());

        Referrals.post(NORTH_LONDON, referral).then().statusCode(201)
                .body("declineReason", equalTo("DUPLICATE_ACTIVE_REFERRAL")).body("arm", equalTo("pathway"));
    }
}
