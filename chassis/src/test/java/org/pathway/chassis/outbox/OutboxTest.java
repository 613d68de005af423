package org.pathway.chassis.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.chassis.tracing.EventTracing;
import org.pathway.testkit.TestKafka;
import org.pathway.testkit.Tokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    SiteWork siteWork;

    @Inject
    EventTracing tracing;

    private RelayProbe relayProbe;

    @BeforeEach
    void relayProbe() {
        relayProbe = new RelayProbe(dataSource);
    }

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
                .isEqualTo(outboxIdsInOrder("cardiff-vale", participant));
        assertThat(outboxIdsInOrder("north-london", participant)).isEmpty();
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
    void aRolledBackTransactionLeavesNoEvent() {
        String participant = participant();
        write("north-london", participant, true).then().statusCode(409);
        assertThat(rows("north-london", participant)).isEmpty();
    }

    @Test
    void eventsWrittenWhileKafkaIsDownGoOutOnceAndInOrderWhenItReturns() throws SQLException {
        String participant = participant();
        TestKafka.stop();
        try {
            for (int i = 0; i < 5; i++) {
                write("cardiff-vale", participant, false).then().statusCode(201);
            }
            assertThat(unsent("cardiff-vale", participant)).isEqualTo(5);
        } finally {
            TestKafka.start();
        }
        List<ConsumerRecord<String, String>> mine = awaitFor(participant, 5, Duration.ofSeconds(60));
        List<String> ids = mine.stream().map(r -> header(r, "ce_id")).toList();
        assertThat(ids).hasSize(5).doesNotHaveDuplicates();
        assertThat(ids).isEqualTo(outboxIdsInOrder("cardiff-vale", participant));
        awaitNoneUnsent("cardiff-vale", participant);
    }

    @Test
    void whileAnotherReplicaHoldsTheRelayLockThisOneLeavesTheOutboxAlone() throws Exception {
        String participant = participant();
        try (Connection otherReplica = dataSource.getConnection()) {
            relayLock(otherReplica, "pg_advisory_lock", "site_north_london");
            write("north-london", participant, false).then().statusCode(201);

            MockProducer<String, String> producer = producer();
            publisher(producer).drain("site_north_london");

            assertThat(producer.history()).as("sent while another replica holds the lock").isEmpty();
            assertThat(unsent("north-london", participant)).isEqualTo(1);
            relayLock(otherReplica, "pg_advisory_unlock", "site_north_london");
        }
        write("north-london", participant, false).then().statusCode(201);
        List<String> ids = awaitFor(participant, 2, Duration.ofSeconds(10)).stream()
                .map(r -> header(r, "ce_id")).toList();
        assertThat(ids).isEqualTo(outboxIdsInOrder("north-london", participant));
    }

    /** While the broker is away the producer may refuse a row at once; the rows after it must not overtake it. */
    @Test
    void aRowRefusedAtOnceStopsThePassBeforeTheRowsAfterIt() throws SQLException {
        List<Long> rows = relayProbe.fresh(3);
        AtomicInteger handedOver = new AtomicInteger();
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(),
                new StringSerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
                handedOver.incrementAndGet();
                return CompletableFuture.failedFuture(new TimeoutException("no metadata for the topic"));
            }
        };

        assertThatThrownBy(() -> publisher(producer).drain(RelayProbe.SCHEMA)).isInstanceOf(IllegalStateException.class);

        assertThat(handedOver).hasValue(1);
        assertThat(relayProbe.unsent()).containsExactlyElementsOf(rows);
        publisher(producer()).drain(RelayProbe.SCHEMA);
        assertThat(relayProbe.unsent()).isEmpty();
    }

    /** A row the broker acknowledged is on the topic: sending it again in a later pass would publish it twice. */
    @Test
    void everyAcknowledgedRowIsMarkedSentEvenAfterAnEarlierOneFailed() throws SQLException {
        List<Long> rows = relayProbe.fresh(3);
        MockProducer<String, String> producer = new MockProducer<>(false, null, new StringSerializer(),
                new StringSerializer()) {
            @Override
            public synchronized void flush() {
                errorNext(new TimeoutException("delivery timed out"));
                super.flush();
            }
        };

        assertThatThrownBy(() -> publisher(producer).drain(RelayProbe.SCHEMA)).isInstanceOf(IllegalStateException.class);

        assertThat(relayProbe.unsent()).containsExactly(rows.get(0));
        MockProducer<String, String> next = producer();
        publisher(next).drain(RelayProbe.SCHEMA);
        assertThat(next.history()).hasSize(1);
        assertThat(relayProbe.unsent()).isEmpty();
    }

    private OutboxPublisher publisher(MockProducer<String, String> producer) {
        return new OutboxPublisher(dataSource, producer, 500, tracing);
    }

    private static MockProducer<String, String> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    }

    private static void relayLock(Connection c, String function, String schema) throws SQLException {
        try (var ps = c.prepareStatement("select " + function + "(hashtext(?))")) {
            ps.setString(1, OutboxPublisher.lockName(schema));
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

    /** The participant's outbox rows at the site, in the order they were written. */
    private List<OutboxEntry> rows(String site, String participant) {
        return siteWork.inSite(site, () -> entityManager.createQuery(
                        "from OutboxEntry where participantId = ?1 order by id", OutboxEntry.class)
                .setParameter(1, participant).getResultList());
    }

    private long unsent(String site, String participant) {
        return rows(site, participant).stream().filter(row -> row.sentAt == null).count();
    }

    private void awaitNoneUnsent(String site, String participant) {
        await().atMost(Duration.ofSeconds(10)).until(() -> unsent(site, participant) == 0);
    }

    private List<String> outboxIdsInOrder(String site, String participant) {
        return rows(site, participant).stream().map(row -> row.eventId.toString()).toList();
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
}
