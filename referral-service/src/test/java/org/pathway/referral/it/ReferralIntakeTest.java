package org.pathway.referral.it;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;
import org.pathway.testkit.Tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.body;
import static org.pathway.referral.Referrals.post;
import static org.pathway.referral.Referrals.youngPerson;

@QuarkusTest
class ReferralIntakeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void acceptsAnEligibleReferralWithAPseudonymAndLocation() throws SQLException {
        var body = body();
        Response response = post(NORTH_LONDON, body);

        response.then().statusCode(201)
                .header("Location", endsWith("/sites/north-london/referrals/" + response.path("id")))
                .body("status", equalTo("ACCEPTED"))
                .body("declineReason", nullValue())
                .body("siteId", equalTo(NORTH_LONDON))
                .body("participantId", matchesPattern("^P-[0-9A-HJKMNP-TV-Z]{16}$"))
                .body("receivedAt", notNullValue());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select status, nhs_number, postcode, postcode_district, "
                     + "age_at_referral, participant_id from site_north_london.referral where id = ?")) {
            ps.setObject(1, UUID.fromString(response.path("id")));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("status")).isEqualTo("ACCEPTED");
                assertThat(rs.getString("nhs_number")).isEqualTo(youngPerson(body).get("nhsNumber").asText());
                assertThat(rs.getString("postcode")).isEqualTo("N1 9GU");
                assertThat(rs.getString("postcode_district")).isEqualTo("N1");
                assertThat(rs.getInt("age_at_referral")).isEqualTo(15);
                assertThat(rs.getString("participant_id")).isEqualTo(response.path("participantId"));
            }
        }
    }

    @Test
    void storesAndAnswersADeclinedReferralWithItsReason() {
        var tooYoung = body(b -> youngPerson(b).put("dateOfBirth", "2016-01-01"));

        String id = post(NORTH_LONDON, tooYoung).then().statusCode(201)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("AGE_OUT_OF_RANGE"))
                .extract().path("id");
        as(Referrals.linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + id)
                .then().statusCode(200).body("status", equalTo("DECLINED"));
    }

    @Test
    void declinesASecondActiveReferralForTheSameNhsNumber() {
        var first = body();
        post(NORTH_LONDON, first).then().statusCode(201).body("status", equalTo("ACCEPTED"));
        var second = body(b -> youngPerson(b).put("nhsNumber", youngPerson(first).get("nhsNumber").asText()));

        post(NORTH_LONDON, second).then().statusCode(201)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("DUPLICATE_ACTIVE_REFERRAL"));
    }

    @Test
    void theDatabaseHoldsAtMostOneActiveReferralPerNhsNumber() throws SQLException {
        var first = body();
        post(NORTH_LONDON, first).then().statusCode(201);
        String duplicate = post(NORTH_LONDON,
                body(b -> youngPerson(b).put("nhsNumber", youngPerson(first).get("nhsNumber").asText())))
                .then().statusCode(201).body("status", equalTo("DECLINED")).extract().path("id");

        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "update site_north_london.referral set status = 'ACCEPTED' where id = ?")) {
            ps.setObject(1, UUID.fromString(duplicate));
            assertThatThrownBy(ps::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }
    }

    @Test
    void declinesWhenUnder16WithoutGuardianConsentOrGillick() {
        var body = body(b -> ((com.fasterxml.jackson.databind.node.ObjectNode) b.get("consent"))
                .put("guardian", false));

        post(NORTH_LONDON, body).then().statusCode(201)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("NO_CONSENT"));
    }

    @Test
    void invalidFieldsAre422WithEveryFieldAndNoSubmittedValue() {
        var body = body(b -> {
            youngPerson(b).put("nhsNumber", "9434765918");
            youngPerson(b).put("postcode", "75008");
            youngPerson(b).put("ethnicCategory", "X");
            youngPerson(b).put("dateOfBirth", "2099-01-01");
            b.remove("consent");
        });

        Response response = post(NORTH_LONDON, body);

        response.then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", containsInAnyOrder("youngPerson.nhsNumber", "youngPerson.postcode",
                        "youngPerson.ethnicCategory", "youngPerson.dateOfBirth", "consent"));
        assertThat(response.asString()).doesNotContain("9434765918", "75008", "2099-01-01");
    }

    @Test
    void malformedJsonIs400() {
        as(Referrals.referrer(NORTH_LONDON)).body("{\"externalReference\": ").post("/sites/north-london/referrals")
                .then().statusCode(400).contentType("application/problem+json");
        as(Referrals.referrer(NORTH_LONDON)).body(body().put("referredAt", "yesterday").toString())
                .post("/sites/north-london/referrals")
                .then().statusCode(400).body("errors.field", hasItem("referredAt"));
    }

    @Test
    void onlyReferrersMayPostReferrals() {
        for (String token : new String[] {Referrals.linkWorker(NORTH_LONDON), Referrals.siteAdmin(NORTH_LONDON)}) {
            as(token).body(body().toString()).post("/sites/north-london/referrals").then().statusCode(403);
        }
        Referrals.as(Tokens.site(NORTH_LONDON, "nobody")).body(body().toString())
                .post("/sites/north-london/referrals").then().statusCode(403);
    }

    @Test
    void anOverlongIdempotencyKeyIs400() {
        post(NORTH_LONDON, body(), "k".repeat(256)).then().statusCode(400);
    }
}
