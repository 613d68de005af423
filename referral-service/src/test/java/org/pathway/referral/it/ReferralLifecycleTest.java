package org.pathway.referral.it;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.referral.Referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.accepted;
import static org.pathway.referral.Referrals.action;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.siteAdmin;

@QuarkusTest
class ReferralLifecycleTest {

    private static final String CONTACT = "{\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"phone\"}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void contactThenCloseMovesThroughTheStates() {
        String id = accepted(NORTH_LONDON);

        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact", CONTACT).then().statusCode(200)
                .body("status", equalTo("CONTACTED"))
                .body("contactedAt", equalTo("2026-11-21T10:15:00Z"));
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact",
                "{\"contactedAt\": \"2026-11-22T09:00:00Z\", \"method\": \"phone\"}").then().statusCode(409);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "close", "{\"reason\": \"camhs-treatment-started\"}")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue());
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "decline", "{}").then().statusCode(409);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact", CONTACT).then().statusCode(409);
    }

    @ParameterizedTest(name = "{0} repeated with the same details → 200, with other details → 409")
    @CsvSource(delimiter = '|', value = {
            "contact  | {\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"phone\"} "
                    + "| {\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"video\"}   | CONTACTED",
            "decline  | {\"reason\": \"Busy with exams\"}        | {\"reason\": \"Moving house\"}      | DECLINED",
            "close    | {\"reason\": \"completed\"}              | {\"reason\": \"moved-away\"}        | CLOSED",
            "withdraw | {\"scope\": \"future\"}                  | {\"scope\": \"all\"}                | WITHDRAWN",
            "withdraw | {\"scope\": \"all\"}                     | {\"scope\": \"future\"}             | WITHDRAWN"
    })
    void aMoveRepeatedWithTheSameDetailsIsAnsweredAsItStands(String verb, String body, String other, String status) {
        String id = accepted(NORTH_LONDON);
        String first = action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, verb, body).then().statusCode(200)
                .body("status", equalTo(status)).extract().asString();

        // The first answer was lost; the link worker's device asks again.
        String again = action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, verb, body).then().statusCode(200)
                .body("status", equalTo(status)).extract().asString();

        assertThat(again).isEqualTo(first);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, verb, other).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theYoungPersonDecliningRecordsTheReason() {
        String id = accepted(NORTH_LONDON);

        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "decline", "{\"reason\": \"Busy with exams\"}")
                .then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declineReason", equalTo("YOUNG_PERSON_DECLINED"));
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact", CONTACT).then().statusCode(409);
    }

    @Test
    void withdrawingAllErasesEveryIdentifiableColumnOfTheYoungPersonAndKeepsTheTrace() throws SQLException {
        String key = UUID.randomUUID().toString();
        var body = Referrals.body();
        String id = Referrals.post(NORTH_LONDON, body, key).then().statusCode(201).extract().path("id");
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact", CONTACT).then().statusCode(200);
        String duplicateId = Referrals.post(NORTH_LONDON, Referrals.body(b -> Referrals.youngPerson(b)
                        .put("nhsNumber", Referrals.youngPerson(body).get("nhsNumber").asText())))
                .then().statusCode(201).body("declineReason", equalTo("DUPLICATE_ACTIVE_REFERRAL"))
                .extract().path("id");

        action(NORTH_LONDON, siteAdmin(NORTH_LONDON), id, "withdraw", "{\"scope\": \"all\"}").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("erasedAt", notNullValue());

        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select * from site_north_london.referral where id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                for (String column : new String[] {"nhs_number", "given_name", "family_name", "date_of_birth",
                        "postcode", "contact_phone", "contact_email", "guardian_name", "guardian_phone",
                        "guardian_relationship", "referrer_name", "referrer_email", "notes", "decline_note",
                        "external_reference", "request_fingerprint"}) {
                    assertThat(rs.getObject(column)).as(column).isNull();
                }
                assertThat(rs.getString("status")).isEqualTo("WITHDRAWN");
                assertThat(rs.getString("withdrawal_scope")).isEqualTo("all");
                assertThat(rs.getTimestamp("erased_at")).isNotNull();
                assertThat(rs.getTimestamp("withdrawn_at")).isNotNull();
                assertThat(rs.getTimestamp("contacted_at")).isNotNull();
                assertThat(rs.getString("participant_id")).isNotNull();
                assertThat(rs.getString("postcode_district")).isEqualTo("N1");
                assertThat(rs.getInt("age_at_referral")).isEqualTo(15);
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select status, nhs_number, given_name, erased_at "
                     + "from site_north_london.referral where id = ?")) {
            ps.setObject(1, UUID.fromString(duplicateId));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("nhs_number")).as("the same young person's other referral").isNull();
                assertThat(rs.getString("given_name")).isNull();
                assertThat(rs.getTimestamp("erased_at")).isNotNull();
                assertThat(rs.getString("status")).isEqualTo("DECLINED");
            }
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select request_fingerprint from site_north_london.idempotency_key where key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isNull();
            }
        }
        Referrals.as(linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + id).then().statusCode(200)
                .body("youngPerson.nhsNumber", nullValue())
                .body("youngPerson.givenName", nullValue())
                .body("notes", nullValue());
        // The erased request can no longer be replayed: its fingerprint is gone.
        Referrals.post(NORTH_LONDON, body, key).then().statusCode(409);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact", CONTACT).then().statusCode(409);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "withdraw", "{\"scope\": \"future\"}").then().statusCode(409);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "withdraw", "{\"scope\": \"all\"}").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawingFutureKeepsTheIdentifiableRecord() {
        String id = accepted(NORTH_LONDON);

        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "withdraw", "{\"scope\": \"future\"}").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN")).body("erasedAt", nullValue());

        Referrals.as(linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + id).then().statusCode(200)
                .body("withdrawalScope", equalTo("future"))
                .body("youngPerson.nhsNumber", notNullValue());
    }

    @ParameterizedTest(name = "{0} {1} → 422 on {2}")
    @CsvSource(delimiter = '|', value = {
            "contact  | {\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"carrier-pigeon\"} | method",
            "contact  | {\"method\": \"phone\"}                                                 | contactedAt",
            "contact  | {\"contactedAt\": \"2999-01-01T00:00:00Z\", \"method\": \"phone\"}        | contactedAt",
            "withdraw | {\"scope\": \"some\"}                                                   | scope",
            "withdraw | {}                                                                  | scope",
            "close    | {\"reason\": \"bored\"}                                                 | reason",
    })
    void invalidActionBodiesAre422(String verb, String json, String field) {
        String id = accepted(NORTH_LONDON);

        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, verb, json).then().statusCode(422)
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{1} may not {0}")
    @CsvSource({
            "contact, referrer", "contact, site-admin", "decline, referrer", "decline, site-admin",
            "withdraw, referrer", "close, referrer",
    })
    void wrongRolesAre403(String verb, String role) {
        String id = accepted(NORTH_LONDON);
        String json = switch (verb) {
            case "contact" -> CONTACT;
            case "withdraw" -> "{\"scope\": \"future\"}";
            case "close" -> "{\"reason\": \"other\"}";
            default -> "{}";
        };

        action(NORTH_LONDON, org.pathway.testkit.Tokens.site(NORTH_LONDON, "someone", role), id, verb, json)
                .then().statusCode(403);
    }

    @Test
    void siteAdminsMayCloseAndWithdraw() {
        action(NORTH_LONDON, siteAdmin(NORTH_LONDON), accepted(NORTH_LONDON), "close", "{\"reason\": \"moved-away\"}")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        action(NORTH_LONDON, siteAdmin(NORTH_LONDON), accepted(NORTH_LONDON), "withdraw", "{\"scope\": \"future\"}")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void anUnknownReferralIs404() {
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), UUID.randomUUID().toString(), "contact", CONTACT)
                .then().statusCode(404);
    }
}
