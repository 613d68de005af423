package org.pathway.referral.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.action;
import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.linkWorker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.referral.ComparisonParticipants;
import org.pathway.referral.Referrals;
import org.pathway.referral.fhir.BarsCodes;
import org.pathway.testkit.EventSchemas;
import org.pathway.testkit.TestKafka;

/**
 * What a comparison participant is after registration: its events (arm comparison, referredAt the registration
 * date, within the schemas), the moves it allows (withdraw, close) and refuses (contact, decline: no offer), the
 * list filter, no message to any referrer; and a pathway referral as it was before arms existed.
 */
@QuarkusTest
class ComparisonLifecycleTest {

    private static final String CONTACT = "{\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"phone\"}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void itsEventsCarryTheComparisonArmAndTheRegistrationDateWithinTheSchemas() {
        String comparison = ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02"))
                .then().statusCode(201).extract().path("participantId");
        String pathway = Referrals.post(NORTH_LONDON, Referrals.body()).then().statusCode(201).extract()
                .path("participantId");

        Map<String, List<ConsumerRecord<String, String>>> events = awaitEvents(Set.of(comparison, pathway), 2);

        for (String participant : List.of(comparison, pathway)) {
            assertThat(events.get(participant)).extracting(r -> header(r, "ce_type"))
                    .containsExactly("pathway.referral.received.v1", "pathway.referral.accepted.v1");
            events.get(participant).forEach(r -> assertThat(EventSchemas.validate(header(r, "ce_type"), r.value()))
                    .as(r.value()).isEmpty());
        }
        assertThat(events.get(comparison)).extracting(ConsumerRecord::value).allSatisfy(value -> assertThat(value)
                .contains("\"arm\":\"comparison\"", "\"referredAt\":\"2026-11-02\""));
        assertThat(events.get(comparison).get(0).value()).contains("\"referrerOrganisationCode\":\"NONE\"");
        assertThat(events.get(pathway)).extracting(ConsumerRecord::value)
                .allSatisfy(value -> assertThat(value).contains("\"arm\":\"pathway\""));
        assertThat(events.get(pathway).get(0).value()).contains("\"referrerOrganisationCode\":\"RWX\"");
    }

    @Test
    void itIsNeverContactedAboutAnOfferNorDeclinesOneButClosesAndWithdrawsAsAReferral() {
        String id = registered();
        for (String[] move : new String[][] {{"contact", CONTACT}, {"decline", "{}"}}) {
            action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, move[0], move[1]).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("no pathway offer"));
        }
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "close", "{\"reason\": \"completed\"}").then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("arm", equalTo("comparison"));

        String erased = registered();
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), erased, "withdraw", "{\"scope\": \"all\"}").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + erased).then().statusCode(200)
                .body("youngPerson.nhsNumber", equalTo(null)).body("arm", equalTo("comparison"));
        String future = registered();
        action(NORTH_LONDON, Referrals.siteAdmin(NORTH_LONDON), future, "withdraw", "{\"scope\": \"future\"}").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void theListFiltersByArmAndRefusesAnUnknownOne() {
        String comparison = registered();
        String pathway = Referrals.accepted(NORTH_LONDON);

        as(linkWorker(NORTH_LONDON)).queryParam("arm", "comparison").queryParam("size", 100)
                .get("/sites/north-london/referrals").then().statusCode(200)
                .body("items.arm", everyItem(equalTo("comparison")))
                .body("items.id", hasItem(comparison)).body("items.id", not(hasItem(pathway)));
        as(linkWorker(NORTH_LONDON)).queryParam("arm", "pathway").queryParam("status", "ACCEPTED")
                .queryParam("size", 100).get("/sites/north-london/referrals").then().statusCode(200)
                .body("items.arm", everyItem(equalTo("pathway"))).body("items.id", hasItem(pathway));
        as(linkWorker(NORTH_LONDON)).queryParam("arm", "control").get("/sites/north-london/referrals").then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", contains("arm"));
    }

    @Test
    void noReferrerHearsOfAComparisonParticipantEvenWhenItsOrganisationIsRegistered() throws SQLException {
        // A receiver that takes the pathway referral's message, so no undelivered message is left to other tests.
        try (TestReceiver receiver = TestReceiver.start()) {
            String ods = ReferrerMessaging.odsCode();
            ReferrerMessaging.register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
            ObjectNode body = ComparisonParticipants.body("2026-11-02", b -> b.putObject("referrer")
                    .put("organisationCode", ods).put("name", "Dr A Clinician"));
            String comparison = ComparisonParticipants.register(NORTH_LONDON, body).then().statusCode(201)
                    .extract().path("id");
            action(NORTH_LONDON, linkWorker(NORTH_LONDON), comparison, "close", "{\"reason\": \"completed\"}")
                    .then().statusCode(200);
            String pathway = ReferrerMessaging.accepted(NORTH_LONDON, ods);

            assertThat(messagesQueuedFor(comparison)).isZero();
            assertThat(messagesQueuedFor(pathway)).as("the same organisation's referral is told").isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.receivedAbout(pathway).size() == 1);
            assertThat(receiver.receivedAbout(comparison)).isEmpty();
            as(linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + comparison).then()
                    .body("referrer.organisationCode", equalTo(ods));
        }
    }

    @Test
    void aPathwayReferralIsStoredInThePathwayArm() throws SQLException {
        Response created = Referrals.post(NORTH_LONDON, Referrals.body());
        created.then().statusCode(201).body("arm", equalTo("pathway"));

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select arm, referrer_organisation_code from site_north_london.referral where id = ?")) {
            s.setObject(1, UUID.fromString(created.path("id")));
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("pathway");
                assertThat(row.getString(2)).isEqualTo("RWX");
            }
        }
    }

    @Test
    void theFhirDoorServesNoComparisonParticipantAsAServiceRequest() {
        String id = registered();

        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/fhir/ServiceRequest/" + id).then().statusCode(404)
                .contentType(containsString("application/fhir+json")).body("resourceType", equalTo("OperationOutcome"));
        as(linkWorker(NORTH_LONDON)).queryParam("identifier", BarsCodes.REFERRAL_ID + "|" + id)
                .get("/sites/north-london/fhir/ServiceRequest").then().statusCode(200)
                .body("resourceType", equalTo("Bundle")).body("total", equalTo(0));
        String pathway = Referrals.accepted(NORTH_LONDON);
        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/fhir/ServiceRequest/" + pathway).then().statusCode(200)
                .body("resourceType", equalTo("ServiceRequest"));
    }

    private static String registered() {
        return ComparisonParticipants.register(NORTH_LONDON, ComparisonParticipants.body("2026-11-02")).then()
                .statusCode(201).extract().path("id");
    }

    private long messagesQueuedFor(String referralId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from site_north_london.referrer_message where referral_id = ?")) {
            s.setObject(1, UUID.fromString(referralId));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Map<String, List<ConsumerRecord<String, String>>> awaitEvents(Set<String> participants, int each) {
        List<ConsumerRecord<String, String>> records = TestKafka.awaitRecords(Topics.REFERRALS,
                all -> participants.stream().allMatch(p -> all.stream().filter(r -> p.equals(r.key())).count() >= each),
                Duration.ofSeconds(60));
        return records.stream().filter(r -> participants.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
