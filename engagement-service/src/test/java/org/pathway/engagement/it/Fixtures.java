package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.pathway.chassis.events.Topics;
import org.pathway.testkit.TestKafka;
import org.pathway.testkit.Tokens;
import org.pathway.testkit.WebhookSigner;

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

    static String provider() {
        return "provider-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String schema(String siteId) {
        return "site_" + siteId.replace('-', '_');
    }

    // --- events in

    static void placementConfirmed(String siteId, String participantId, UUID placementId, String providerId,
                                   Instant confirmedAt) {
        String data = """
                {"participantId":"%s","placementId":"%s","activityId":"%s","providerId":"%s",
                 "activityCategory":"nature","costPerSessionPence":850,"confirmedAt":"%s"}"""
                .formatted(participantId, placementId, UUID.randomUUID(), providerId, confirmedAt);
        send(Topics.PLACEMENTS, "pathway.placement.confirmed.v1", siteId, participantId, data, "matching");
    }

    static void placementEnded(String siteId, String participantId, UUID placementId, String providerId) {
        String data = """
                {"participantId":"%s","placementId":"%s","activityId":"%s","providerId":"%s",
                 "endedAt":"%s","reason":"completed"}"""
                .formatted(participantId, placementId, UUID.randomUUID(), providerId, Instant.now());
        send(Topics.PLACEMENTS, "pathway.placement.ended.v1", siteId, participantId, data, "matching");
    }

    static void referralWithdrawn(String siteId, String participantId, String scope) {
        String data = """
                {"participantId":"%s","referralId":"%s","withdrawnAt":"%s","scope":"%s"}"""
                .formatted(participantId, UUID.randomUUID(), Instant.now(), scope);
        send(Topics.REFERRALS, "pathway.referral.withdrawn.v1", siteId, participantId, data, "referral");
    }

    static void referralClosed(String siteId, String participantId) {
        String data = """
                {"participantId":"%s","referralId":"%s","closedAt":"%s","reason":"completed"}"""
                .formatted(participantId, UUID.randomUUID(), Instant.now());
        send(Topics.REFERRALS, "pathway.referral.closed.v1", siteId, participantId, data, "referral");
    }

    private static void send(String topic, String type, String siteId, String participantId, String data,
                             String service) {
        TestKafka.send(topic, participantId, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", type,
                "ce_source", "/sites/" + siteId + "/" + service,
                "ce_siteid", siteId,
                "ce_subject", participantId,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    /** A confirmed placement the service has stored. */
    static UUID placed(DataSource db, String siteId, String participantId, String providerId, Instant confirmedAt) {
        UUID placementId = UUID.randomUUID();
        placementConfirmed(siteId, participantId, placementId, providerId, confirmedAt);
        await(() -> count(db, "select count(*) from " + schema(siteId) + ".placement where placement_id = ?",
                placementId) == 1, "placement stored");
        return placementId;
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
        return postWithHeader(siteId, providerId, WebhookSigner.now(secret, body), body);
    }

    static Response postWithHeader(String siteId, String providerId, String signature, String body) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("Pathway-Signature", signature);
        }
        return request.post("/sites/{site}/providers/{provider}/attendance", siteId, providerId);
    }

    // --- reads

    static long count(DataSource db, String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(DataSource db, String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
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
