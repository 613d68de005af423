package org.pathway.referral.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.accepted;
import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.siteAdmin;

@QuarkusTest
class ReferralReadAccessTest {

    private static final String REFERRALS = "/sites/north-london/referrals";

    @Test
    void readingOneReferralShowsItAndIsAudited() {
        var body = Referrals.body();
        Response created = Referrals.post(NORTH_LONDON, body);
        String id = created.path("id");
        String participantId = created.path("participantId");

        as(linkWorker(NORTH_LONDON)).get(REFERRALS + "/" + id).then().statusCode(200)
                .body("youngPerson.nhsNumber", equalTo(Referrals.youngPerson(body).get("nhsNumber").asText()))
                .body("youngPerson.givenName", equalTo("Sam"))
                .body("participantId", equalTo(participantId))
                .body("siteId", equalTo(NORTH_LONDON));

        as(siteAdmin(NORTH_LONDON)).queryParam("subject", id).get("/sites/north-london/audit").then()
                .statusCode(200)
                .body("items.action", hasItem("READ"))
                .body("items.action", hasItem("CREATE"))
                .body("items.referralId", everyItem(equalTo(id)))
                .body("total", greaterThanOrEqualTo(2));
        Response byParticipant = as(siteAdmin(NORTH_LONDON)).queryParam("subject", participantId)
                .get("/sites/north-london/audit");
        List<Map<String, Object>> entries = byParticipant.jsonPath().getList("items");
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("READ");
            assertThat(entry.get("actor")).isEqualTo("link-worker-north-london");
            assertThat(entry.get("roles")).isEqualTo(List.of("link-worker"));
            assertThat(entry.get("siteId")).isEqualTo(NORTH_LONDON);
            assertThat(entry.get("at")).isNotNull();
        });
    }

    @Test
    void listsArePagedFilteredAndCarryNoIdentifiers() {
        String contacted = accepted(NORTH_LONDON);
        Referrals.action(NORTH_LONDON, linkWorker(NORTH_LONDON), contacted, "contact",
                "{\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"video\"}").then().statusCode(200);
        accepted(NORTH_LONDON);

        Response page = as(linkWorker(NORTH_LONDON)).queryParam("status", "CONTACTED").queryParam("size", 1)
                .get(REFERRALS);

        page.then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("CONTACTED"))
                .body("items[0].id", equalTo(contacted))
                .body("total", greaterThanOrEqualTo(1));
        assertThat(page.asString()).doesNotContain("nhsNumber", "givenName", "familyName", "dateOfBirth",
                "\"postcode\"", "phone", "email", "notes");
        as(siteAdmin(NORTH_LONDON)).get(REFERRALS).then().statusCode(200).body("items.size()", greaterThanOrEqualTo(2));
        as(linkWorker(NORTH_LONDON)).queryParam("status", "LOST").get(REFERRALS).then().statusCode(422);
        as(linkWorker(NORTH_LONDON)).queryParam("size", 1000).get(REFERRALS).then().statusCode(422);
    }

    @Test
    void aReferrerReadsOnlyItsOwnOrganisationsReferrals() {
        String id = accepted(NORTH_LONDON);

        as(OrganisationTokens.referrer(NORTH_LONDON, "RWX")).get(REFERRALS + "/" + id).then().statusCode(200);
        as(OrganisationTokens.referrer(NORTH_LONDON, "RAL")).get(REFERRALS + "/" + id).then().statusCode(403);
        as(Referrals.referrer(NORTH_LONDON)).get(REFERRALS + "/" + id).then().statusCode(403);
    }

    @Test
    void referrersMayNotListAndOnlySiteAdminsReadTheAudit() {
        as(Referrals.referrer(NORTH_LONDON)).get(REFERRALS).then().statusCode(403);
        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/audit").then().statusCode(403);
        as(Referrals.referrer(NORTH_LONDON)).get("/sites/north-london/audit").then().statusCode(403);
    }

    @Test
    void anUnknownReferralIs404AndAnIdThatIsNoUuid400NamingIt() {
        as(linkWorker(NORTH_LONDON)).get(REFERRALS + "/" + UUID.randomUUID()).then().statusCode(404);
        as(linkWorker(NORTH_LONDON)).get(REFERRALS + "/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("id"));
    }
}
