package org.pathway.chassis.metrics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.inbox.ProbeRecords;
import org.pathway.chassis.probe.ProbeConsumer;
import org.pathway.testkit.Meters;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline's readiness checks go DOWN in the situation each guards, and UP again once it passes, as the platform's
 * probes read them on the management port (and the public one).
 */
@QuarkusTest
class PipelineHealthTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Another replica holds north-london's relay lock and does not publish (hung): an event written ten minutes ago
     * waits, past the five-minute threshold. Once the lock is let go, this replica's relay sends it.
     */
    @Test
    void theOutboxRelayCheckIsDownWhileASitesOldestUnsentEventWaitsPastTheThresholdAndUpOnceItIsSent() throws SQLException {
        assertThat(check(OutboxRelayHealth.NAME).status()).isEqualTo("UP");
        UUID eventId = UUID.randomUUID();
        try (Connection lock = dataSource.getConnection()) {
            relayLock(lock, "pg_advisory_lock");
            try {
                writeUnsentEventTenMinutesOld(eventId);

                Check down = check(OutboxRelayHealth.NAME);
                assertThat(down.status()).isEqualTo("DOWN");
                assertThat(down.seconds("north-london")).isGreaterThanOrEqualTo(600);
                assertThat(down.data()).doesNotContainKey("cardiff-vale");
                given().get(onManagementPort("/q/health/ready")).then().statusCode(503);
                given().get("/q/health/ready").then().statusCode(503);

                Meters meters = Meters.scrape(management);
                assertThat(meters.value("pathway_outbox_unsent", "site", "north-london")).isGreaterThanOrEqualTo(1);
                assertThat(meters.value("pathway_outbox_oldest_unsent_age_seconds", "site", "north-london")).isGreaterThanOrEqualTo(600);
            } finally {
                relayLock(lock, "pg_advisory_unlock");
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(check(OutboxRelayHealth.NAME).status()).isEqualTo("UP"));
        assertThat(Meters.scrape(management).value("pathway_outbox_unsent", "site", "north-london")).isZero();
    }

    /** The probe consumer hangs in its handler: its group has lag and commits nothing, and after 8 s (test setting) it is DOWN. */
    @Test
    void theConsumersCheckIsDownWhileAGroupIsBehindWithoutProgressAndUpOnceItMovesOn() {
        assertThat(check(ConsumerHealth.NAME).status()).isEqualTo("UP");
        String group = "chassis-probe on " + Topics.REFERRALS;
        ProbeConsumer.hold();
        try {
            ProbeRecords.sendContact(Topics.REFERRALS, UUID.randomUUID(), "north-london", ProbeConsumer.HELD_PARTICIPANT);
            ProbeRecords.sendContact(Topics.REFERRALS, UUID.randomUUID(), "north-london", "P-00000000000000H2");

            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Check down = check(ConsumerHealth.NAME);
                assertThat(down.status()).isEqualTo("DOWN");
                assertThat(down.seconds(group)).isGreaterThan(8);
            });
            assertThat(Meters.scrape(management).value("pathway_consumer_lag", "group", "chassis-probe",
                    "topic", Topics.REFERRALS)).isGreaterThanOrEqualTo(1);
        } finally {
            ProbeConsumer.release();
        }
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(check(ConsumerHealth.NAME).status()).isEqualTo("UP"));
    }

    /** The named readiness check as the management port reports it: its status and its data. */
    private Check check(String name) {
        JsonPath health = JsonPath.from(given().get(onManagementPort("/q/health/ready")).asString());
        Map<String, Object> check = health.getMap("checks.find { it.name == '" + name + "' }");
        assertThat(check).as("check %s in %s", name, health.prettify()).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check.getOrDefault("data", Map.of());
        return new Check((String) check.get("status"), data);
    }

    private record Check(String status, Map<String, Object> data) {
        long seconds(String key) {
            return ((Number) data.get(key)).longValue();
        }
    }

    private String onManagementPort(String path) {
        return URI.create(management.toString()).resolve(path).toString();
    }

    private void relayLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select " + function + "(hashtext('pathway.outbox.site_north_london'))")) {
            ps.execute();
        }
    }

    private void writeUnsentEventTenMinutesOld(UUID eventId) throws SQLException {
        String participant = "P-00000000000000S1";
        String payload = "{\"participantId\":\"" + participant + "\",\"referralId\":\"" + UUID.randomUUID()
                + "\",\"contactedAt\":\"2026-11-20T10:15:00Z\",\"method\":\"phone\"}";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into site_north_london.outbox (event_id, topic, event_type, site_id, source, participant_id,
                                                      occurred_at, payload)
                values (?, ?, 'pathway.referral.contacted.v1', 'north-london', '/sites/north-london/probe', ?,
                        now() - interval '10 minutes', ?)""")) {
            ps.setObject(1, eventId);
            ps.setString(2, Topics.REFERRALS);
            ps.setString(3, participant);
            ps.setString(4, payload);
            ps.executeUpdate();
        }
    }
}
