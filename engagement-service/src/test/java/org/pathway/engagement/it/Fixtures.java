package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.testkit.EventSchemas;
import org.pathway.testkit.TestKafka;
import org.pathway.testkit.Tokens;

/** Test data and plumbing shared by the service's integration tests: events in, webhooks, SQL reads. */
final class Fixtures {

    static final String NORTH_LONDON = "north-london";
    static final String CARDIFF_VALE = "cardiff-vale";

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Fixtures() {
    }

    static String participant() {
        StringBuilder id = new StringBuilder("P-");
        for (int i = 0; i < 16; i++) {
            id.append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
        }
        return id.toString();
    }

    /** A new pseudonym the site has referred: its referral event has been delivered and applied. */
    static String referred(String siteId) {
        String participantId = participant();
        referred(siteId, participantId);
        return participantId;
    }

    /** Delivers a referral event for each participant at the site and waits until every one is known there. */
    static void referred(String siteId, String... participantIds) {
        for (String participantId : participantIds) {
            referralReceived(siteId, participantId);
        }
        await(() -> count("select count(*) from " + schema(siteId) + ".participant where participant_id = any(?)",
                (Object) participantIds) == participantIds.length, "referrals applied");
    }

    static String provider() {
        return "provider-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String schema(String siteId) {
        return "site_" + siteId.replace('-', '_');
    }

    // --- events in

    /** Returns the event's CloudEvents id. */
    static String placementConfirmed(String siteId, String participantId, UUID placementId, String providerId,
                                     Instant confirmedAt) {
        return placementConfirmed(siteId, participantId, placementId, providerId, confirmedAt,
                UUID.randomUUID().toString());
    }

    /** Under the given CloudEvents id (the same id again: a redelivery); returns the id. */
    static String placementConfirmed(String siteId, String participantId, UUID placementId, String providerId,
                                     Instant confirmedAt, String eventId) {
        String data = """
                {"participantId":"%s","placementId":"%s","activityId":"%s","providerId":"%s",
                 "activityCategory":"nature","costPerSessionPence":850,"confirmedAt":"%s"}"""
                .formatted(participantId, placementId, UUID.randomUUID(), providerId, confirmedAt);
        return send(Topics.PLACEMENTS, "pathway.placement.confirmed.v1", siteId, participantId, data, "matching",
                eventId);
    }

    static String placementEnded(String siteId, String participantId, UUID placementId, String providerId) {
        String data = """
                {"participantId":"%s","placementId":"%s","activityId":"%s","providerId":"%s",
                 "endedAt":"%s","reason":"completed"}"""
                .formatted(participantId, placementId, UUID.randomUUID(), providerId, Instant.now());
        return send(Topics.PLACEMENTS, "pathway.placement.ended.v1", siteId, participantId, data, "matching");
    }

    static String referralReceived(String siteId, String participantId) {
        String data = """
                {"participantId":"%s","referralId":"%s","referredAt":"%s","ageAtReferral":15,"gender":"not-stated",
                 "ethnicCategory":"99","postcodeDistrict":"N1","presentingNeeds":["anxiety"],"severity":"mild",
                 "languagePreference":"en","referrerOrganisationCode":"RWX"}"""
                .formatted(participantId, UUID.randomUUID(), LocalDate.now());
        return send(Topics.REFERRALS, "pathway.referral.received.v1", siteId, participantId, data, "referral");
    }

    /** A comparison participant registered at the site (received and accepted, arm comparison), once applied. */
    static String comparisonRegistered(String siteId) {
        String participantId = participant();
        UUID referralId = UUID.randomUUID();
        String received = """
                {"participantId":"%s","referralId":"%s","referredAt":"%s","ageAtReferral":14,"gender":"female",
                 "ethnicCategory":"A","postcodeDistrict":"N1","presentingNeeds":["anxiety"],"severity":"moderate",
                 "languagePreference":"en","referrerOrganisationCode":"NONE","arm":"comparison"}"""
                .formatted(participantId, referralId, LocalDate.now());
        String accepted = """
                {"participantId":"%s","referralId":"%s","referredAt":"%s","acceptedAt":"%s",
                 "snomedCode":"871731000000106","ageAtReferral":14,"gender":"female","ethnicCategory":"A",
                 "postcodeDistrict":"N1","presentingNeeds":["anxiety"],"languagePreference":"en","interests":[],
                 "accessibilityNeeds":[],"researchConsent":true,"arm":"comparison"}"""
                .formatted(participantId, referralId, LocalDate.now(), Instant.now());
        send(Topics.REFERRALS, "pathway.referral.received.v1", siteId, participantId, received, "referral");
        send(Topics.REFERRALS, "pathway.referral.accepted.v1", siteId, participantId, accepted, "referral");
        await(() -> count("select count(*) from " + schema(siteId) + ".participant where participant_id = ?"
                + " and arm = 'comparison'", participantId) == 1, "comparison registration applied");
        return participantId;
    }

    static String referralWithdrawn(String siteId, String participantId, String scope) {
        String data = """
                {"participantId":"%s","referralId":"%s","withdrawnAt":"%s","scope":"%s"}"""
                .formatted(participantId, UUID.randomUUID(), Instant.now(), scope);
        return send(Topics.REFERRALS, "pathway.referral.withdrawn.v1", siteId, participantId, data, "referral");
    }

    static String referralClosed(String siteId, String participantId) {
        String data = """
                {"participantId":"%s","referralId":"%s","closedAt":"%s","reason":"completed"}"""
                .formatted(participantId, UUID.randomUUID(), Instant.now());
        return send(Topics.REFERRALS, "pathway.referral.closed.v1", siteId, participantId, data, "referral");
    }

    private static String send(String topic, String type, String siteId, String participantId, String data,
                               String service) {
        return send(topic, type, siteId, participantId, data, service, UUID.randomUUID().toString());
    }

    private static String send(String topic, String type, String siteId, String participantId, String data,
                               String service, String id) {
        TestKafka.send(topic, participantId, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", id,
                "ce_type", type,
                "ce_source", "/sites/" + siteId + "/" + service,
                "ce_siteid", siteId,
                "ce_subject", participantId,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
        return id;
    }

    /** A confirmed placement the service has stored, of a participant the site has referred. */
    static UUID placed(String siteId, String participantId, String providerId, Instant confirmedAt) {
        referred(siteId, participantId);
        UUID placementId = UUID.randomUUID();
        placementConfirmed(siteId, participantId, placementId, providerId, confirmedAt);
        await(() -> count("select count(*) from " + schema(siteId) + ".placement where placement_id = ?",
                placementId) == 1, "placement stored");
        return placementId;
    }

    /** A referred participant placed today with a provider that holds a webhook secret at the site. */
    record Placed(String participant, String provider, String secret, UUID placement) {
    }

    static Placed placedWithSecret(String siteId, Instant confirmedAt) {
        String participant = participant();
        String provider = provider();
        String secret = issueSecret(siteId, provider);
        return new Placed(participant, provider, secret, placed(siteId, participant, provider, confirmedAt));
    }

    // --- provider webhooks

    static String issueSecret(String siteId, String providerId) {
        return given().auth().oauth2(Tokens.site(siteId, "admin-1", "site-admin"))
                .post("/sites/{site}/providers/{provider}/credentials", siteId, providerId)
                .then().statusCode(201)
                .extract().path("secret");
    }

    static String attendanceBody(List<String> items) {
        return "{\"events\":[" + String.join(",", items) + "]}";
    }

    static String item(String eventId, UUID placementId, String sessionDate, String status) {
        return """
                {"eventId":"%s","placementId":"%s","sessionDate":"%s","status":"%s"}"""
                .formatted(eventId, placementId, sessionDate, status);
    }

    static Response postSigned(String siteId, String providerId, String secret, String body) {
        return postWithHeader(siteId, providerId, WebhookSignature.header(secret, Instant.now().getEpochSecond(), body), body);
    }

    static Response postWithHeader(String siteId, String providerId, String signature, String body) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("Pathway-Signature", signature);
        }
        return request.post("/sites/{site}/providers/{provider}/attendance", siteId, providerId);
    }

    // --- reads

    static long count(String sql, Object... params) {
        return Long.parseLong(text(sql, params));
    }

    /** The first column of the first row, as text; null when there is no row. */
    static String text(String sql, Object... params) {
        List<String> rows = texts(sql, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The first column of every row, as text. */
    static List<String> texts(String sql, Object... params) {
        try (Connection c = db().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for what a consumed event does; the events arrive within milliseconds, the bound is for slow builds. */
    static void await(Callable<Boolean> condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(condition);
    }

    /** The service's own datasource: plain JDBC, outside any site context, so queries name the site's schema. */
    static DataSource db() {
        return Arc.container().select(DataSource.class).get();
    }

    /** The participant's records on the engagement topic, once {@code expected} of the type have arrived. */
    static List<ConsumerRecord<String, String>> awaitEngagementEvents(String participantId, String type,
                                                                      int expected) {
        List<ConsumerRecord<String, String>> all = TestKafka.awaitRecords(Topics.ENGAGEMENT,
                records -> ofType(records, participantId, type).size() >= expected, Duration.ofSeconds(30));
        return ofType(all, participantId, type);
    }

    static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records,
                                                       String participantId, String type) {
        return records.stream()
                .filter(r -> participantId.equals(r.key()) && type.equals(header(r, "ce_type")))
                .toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static void assertSchemaValid(ConsumerRecord<String, String> record) {
        assertThat(EventSchemas.validate(header(record, "ce_type"), record.value()))
                .as("schema of %s", header(record, "ce_type")).isEmpty();
    }
}
