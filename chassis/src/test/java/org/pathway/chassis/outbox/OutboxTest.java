package org.pathway.chassis.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.testkit.TestKafka;
import org.pathway.testkit.Tokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OutboxTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void publishesACommittedEventPromptlyAsABinaryCloudEvent() {
        String participant = participant();
        long started = System.nanoTime();
        write("north-london", participant, false).then().statusCode(201);

        List<ConsumerRecord<String, String>> mine = awaitFor(participant, 1, Duration.ofSeconds(10));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        ConsumerRecord<String, String> record = mine.get(0);
        assertThat(record.key()).isEqualTo(participant);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("pathway.referral.contacted.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/sites/north-london/probe");
        assertThat(header(record, "ce_siteid")).isEqualTo("north-london");
        assertThat(header(record, "ce_subject")).isEqualTo(participant);
        assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
        assertThat(record.value()).contains("\"participantId\":\"" + participant + "\"");
        // The probe app polls only every 30 s when idle: arriving well before that means the commit woke the relay.
        assertThat(millis).as("commit to broker, ms").isLessThan(10_000);
    }

    /** appendAll writes a webhook batch's events in one round trip; they go out as append's do, in the order given. */
    @Test
    void eventsAppendedTogetherGoOutInTheOrderGivenEachWithItsOwnId() throws SQLException {
        String participant = participant();
        given().auth().oauth2(Tokens.site("cardiff-vale", "lw", "link-worker"))
                .post("/sites/cardiff-vale/probe/batch?participantId=" + participant + "&count=7")
                .then().statusCode(201);

        List<ConsumerRecord<String, String>> mine = awaitFor(participant, 7, Duration.ofSeconds(10));

        assertThat(mine).hasSize(7);
        for (int i = 0; i < 7; i++) {
            ConsumerRecord<String, String> record = mine.get(i);
            assertThat(record.value()).contains("\"contactedAt\":\"1970-01-01T00:00:0" + i + "Z\"");
            assertThat(header(record, "ce_type")).isEqualTo("pathway.referral.contacted.v1");
            assertThat(header(record, "ce_siteid")).isEqualTo("cardiff-vale");
            assertThat(header(record, "ce_source")).isEqualTo("/sites/cardiff-vale/probe");
        }
        assertThat(mine.stream().map(record -> header(record, "ce_id")).distinct()).hasSize(7);
        assertThat(mine.stream().map(record -> header(record, "ce_id")).toList())
                .isEqualTo(outboxIdsInOrder("site_cardiff_vale", participant));
        assertThat(outboxIdsInOrder("site_north_london", participant)).isEmpty();
    }

    @Test
    void theCallersTraceTravelsWithTheEventInTheKafkaHeaders() {
        String participant = participant();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().auth().oauth2(Tokens.site("north-london", "lw", "link-worker"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType("application/json")
                .body("{\"note\":\"n\",\"participantId\":\"" + participant + "\"}")
                .post("/sites/north-london/probe").then().statusCode(201);

        ConsumerRecord<String, String> record = awaitFor(participant, 1, Duration.ofSeconds(10)).get(0);
        assertThat(header(record, "traceparent")).startsWith("00-" + traceId + "-");
    }

    @Test
    void aRolledBackTransactionLeavesNoEvent() throws SQLException {
        String participant = participant();
        write("north-london", participant, true).then().statusCode(409);
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from site_north_london.outbox where participant_id = '" + participant + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void eventsWrittenWhileKafkaIsDownGoOutOnceAndInOrderWhenItReturns() throws SQLException {
        String participant = participant();
        TestKafka.stop();
        try {
            for (int i = 0; i < 5; i++) {
                write("cardiff-vale", participant, false).then().statusCode(201);
            }
            assertThat(unsent("site_cardiff_vale", participant)).isEqualTo(5);
        } finally {
            TestKafka.start();
        }
        List<ConsumerRecord<String, String>> mine = awaitFor(participant, 5, Duration.ofSeconds(60));
        List<String> ids = mine.stream().map(r -> header(r, "ce_id")).toList();
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        assertThat(ids).isEqualTo(outboxIdsInOrder("site_cardiff_vale", participant));
        awaitNoneUnsent("site_cardiff_vale", participant);
    }

    @Test
    void whileAnotherReplicaHoldsTheRelayLockThisOneLeavesTheOutboxAlone() throws Exception {
        String participant = participant();
        try (Connection otherReplica = dataSource.getConnection()) {
            relayLock(otherReplica, "pg_advisory_lock");
            write("north-london", participant, false).then().statusCode(201);
            Thread.sleep(2_000);
            assertThat(unsent("site_north_london", participant)).as("unsent while locked").isEqualTo(1);
            relayLock(otherReplica, "pg_advisory_unlock");
        }
        write("north-london", participant, false).then().statusCode(201);
        List<String> ids = awaitFor(participant, 2, Duration.ofSeconds(10)).stream()
                .map(r -> header(r, "ce_id")).toList();
        assertThat(ids).isEqualTo(outboxIdsInOrder("site_north_london", participant));
    }

    private static void relayLock(Connection c, String function) throws SQLException {
        try (var ps = c.prepareStatement("select " + function + "(hashtext(?))")) {
            ps.setString(1, OutboxPublisher.lockName("site_north_london"));
            ps.executeQuery().close();
        }
    }

    private static io.restassured.response.Response write(String site, String participant, boolean fail) {
        return given().auth().oauth2(Tokens.site(site, "lw", "link-worker"))
                .contentType("application/json")
                .body("{\"note\":\"n\",\"participantId\":\"" + participant + "\",\"failAfterWrite\":" + fail + "}")
                .post("/sites/" + site + "/probe");
    }

    private static List<ConsumerRecord<String, String>> awaitFor(String participant, int n, Duration timeout) {
        List<ConsumerRecord<String, String>> all = TestKafka.awaitRecords(Topics.REFERRALS,
                records -> records.stream().filter(r -> participant.equals(r.key())).count() >= n, timeout);
        return all.stream().filter(r -> participant.equals(r.key())).toList();
    }

    private long unsent(String schema, String participant) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from " + schema
                     + ".outbox where sent_at is null and participant_id = '" + participant + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void awaitNoneUnsent(String schema, String participant) throws SQLException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (unsent(schema, participant) > 0 && System.currentTimeMillis() < deadline) {
            sleep();
        }
        assertThat(unsent(schema, participant)).isZero();
    }

    private List<String> outboxIdsInOrder(String schema, String participant) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select event_id from " + schema
                     + ".outbox where participant_id = '" + participant + "' order by id")) {
            List<String> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static String participant() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder id = new StringBuilder("P-");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 16; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
