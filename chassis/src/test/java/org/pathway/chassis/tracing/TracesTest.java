package org.pathway.chassis.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.LateBoundSpanProcessor;
import io.quarkus.opentelemetry.runtime.exporter.otlp.tracing.RemoveableLateBoundSpanProcessor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.inbox.ProbeRecords;
import org.pathway.chassis.probe.ProbeBatchConsumer;
import org.pathway.chassis.probe.ProbeConsumer;
import org.pathway.testkit.TestKafka;
import org.pathway.testkit.Tokens;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One request's trace followed through the chassis with an in-memory span exporter: the HTTP request, its SQL, the
 * relay's publish of the event it wrote, the consume of that event, the event the consumer writes in turn, its
 * publish and its consume by a batch consumer share one trace id, each span the child of the one before.
 */
@QuarkusTest
class TracesTest {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    InMemorySpanExporter spans;

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Inject
    Instance<LateBoundSpanProcessor> otlp;

    @Test
    void oneRequestItsEventsAndTheirHandlingShareOneTrace() {
        String participant = participant();
        String note = "a note naming nobody " + UUID.randomUUID();
        ProbeConsumer.ANSWERED.add(participant);
        given().auth().oauth2(Tokens.site("north-london", "lw", "link-worker"))
                .contentType("application/json")
                .body("{\"note\":\"" + note + "\",\"participantId\":\"" + participant + "\"}")
                .post("/sites/north-london/probe").then().statusCode(201);

        ConsumerRecord<String, String> contact = awaitRecord(Topics.REFERRALS, participant);
        ConsumerRecord<String, String> proposal = awaitRecord(Topics.PLACEMENTS, participant);
        String traceId = traceId(contact);
        assertThat(traceId(proposal)).as("the consumer's own event carries the request's trace").isEqualTo(traceId);

        SpanData proposalConsumed = await().atMost(WAIT).until(
                () -> consumer(traceId, Topics.PLACEMENTS, "chassis-probe-batch"), Optional::isPresent).orElseThrow();
        List<SpanData> trace = trace(traceId);

        SpanData request = only(trace, span -> span.getKind() == SpanKind.SERVER);
        assertThat(request.getParentSpanContext().isValid()).as("the request starts the trace").isFalse();
        assertThat(request.getAttributes().get(ROUTE)).isEqualTo("/sites/{siteId}/probe");
        SpanData noteInsert = only(trace, span -> statement(span).contains("insert into probe_note"));
        assertThat(noteInsert.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(statement(noteInsert)).as("placeholders, not values").contains("values (?)");
        assertThat(noteInsert.getParentSpanId()).isEqualTo(request.getSpanId());

        SpanData contactPublished = span(trace, spanId(contact));
        assertThat(contactPublished.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(contactPublished.getName()).isEqualTo("pathway.referrals.v1 publish");
        assertThat(contactPublished.getParentSpanId()).as("the relay's publish joins the request")
                .isEqualTo(request.getSpanId());
        assertThat(contactPublished.getAttributes().get(EventTracing.EVENT_ID)).isEqualTo(header(contact, "ce_id"));

        SpanData contactConsumed = consumer(traceId, Topics.REFERRALS, "chassis-probe").orElseThrow();
        assertThat(contactConsumed.getParentSpanId()).isEqualTo(contactPublished.getSpanId());
        assertThat(contactConsumed.getAttributes().get(EventTracing.EVENT_ID)).isEqualTo(header(contact, "ce_id"));
        SpanData effectInsert = only(trace, span -> statement(span).contains("insert into probe_effect")
                && span.getParentSpanId().equals(contactConsumed.getSpanId()));
        assertThat(effectInsert.getKind()).isEqualTo(SpanKind.CLIENT);

        SpanData proposalPublished = span(trace, spanId(proposal));
        assertThat(proposalPublished.getName()).isEqualTo("pathway.placements.v1 publish");
        assertThat(proposalPublished.getParentSpanId()).as("the consumer's event was written inside its consume")
                .isEqualTo(contactConsumed.getSpanId());
        assertThat(proposalConsumed.getParentSpanId()).isEqualTo(proposalPublished.getSpanId());

        assertThat(attributeValues(trace)).as("no identifiable data, not even the pseudonym, in any span")
                .noneMatch(value -> value.contains(participant) || value.contains(note));
    }

    @Test
    void eachEventOfABatchIsHandledUnderItsOwnConsumerSpanInItsSendersTrace() {
        Map<UUID, String> sent = new HashMap<>();
        Map<UUID, String> participants = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            String participant = participant();
            ProbeBatchConsumer.ANSWERED.add(participant);
            String traceId = UUID.randomUUID().toString().replace("-", "");
            String parent = traceId.substring(0, 16);
            Map<String, String> headers = new HashMap<>(ProbeRecords.headers(id, "north-london"));
            headers.put("traceparent", "00-" + traceId + "-" + parent + "-01");
            String data = "{\"participantId\":\"" + participant + "\",\"referralId\":\"" + UUID.randomUUID()
                    + "\",\"contactedAt\":\"2026-11-20T10:15:00Z\",\"method\":\"phone\"}";
            TestKafka.send(Topics.PLACEMENTS, participant, data, headers);
            sent.put(id, traceId + "/" + parent);
            participants.put(id, participant);
        }

        sent.forEach((id, trace) -> {
            String traceId = trace.substring(0, 32);
            SpanData consumed = await().atMost(WAIT).until(
                    () -> consumer(traceId, Topics.PLACEMENTS, "chassis-probe-batch"), Optional::isPresent).orElseThrow();
            assertThat(consumed.getParentSpanId()).isEqualTo(trace.substring(33));
            assertThat(consumed.getAttributes().get(EventTracing.EVENT_ID)).isEqualTo(id.toString());
            // The event the batch consumer wrote while applying this one continues this one's trace.
            ConsumerRecord<String, String> answer = awaitRecord(Topics.REFERRALS, participants.get(id));
            assertThat(traceId(answer)).as("the batch consumer's own event carries its event's trace").isEqualTo(traceId);
            SpanData answerPublished = await().atMost(WAIT).until(() -> trace(traceId).stream()
                    .filter(span -> span.getSpanId().equals(spanId(answer))).findFirst(), Optional::isPresent).orElseThrow();
            assertThat(answerPublished.getParentSpanId()).as("written inside its event's consume")
                    .isEqualTo(consumed.getSpanId());
        });
    }

    /** No collector is configured in the tests: the chassis' dropping exporter stands in for Quarkus' OTLP one. */
    @Test
    void withoutACollectorAddressNothingIsExportedOverTheNetwork() {
        assertThat(exporters.stream().map(Object::getClass).toList()).contains(NoCollector.Dropping.class);
        assertThat(otlp.get()).as("Quarkus' OTLP span processor, removed").isInstanceOf(RemoveableLateBoundSpanProcessor.class);
    }

    private Optional<SpanData> consumer(String traceId, String topic, String group) {
        return trace(traceId).stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER)
                .filter(span -> topic.equals(span.getAttributes().get(EventTracing.DESTINATION)))
                .filter(span -> group.equals(span.getAttributes().get(EventTracing.CONSUMER_GROUP)))
                .findFirst();
    }

    private List<SpanData> trace(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private static SpanData span(List<SpanData> trace, String spanId) {
        return only(trace, span -> span.getSpanId().equals(spanId));
    }

    private static SpanData only(List<SpanData> trace, java.util.function.Predicate<SpanData> which) {
        List<SpanData> found = trace.stream().filter(which).toList();
        assertThat(found).as("spans matching in " + trace).hasSize(1);
        return found.get(0);
    }

    private static String statement(SpanData span) {
        for (String key : List.of("db.query.text", "db.statement")) {
            String value = span.getAttributes().get(AttributeKey.stringKey(key));
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private static List<String> attributeValues(List<SpanData> trace) {
        return trace.stream().flatMap(span -> span.getAttributes().asMap().values().stream())
                .map(String::valueOf).toList();
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String participant) {
        return TestKafka.awaitRecords(topic, records -> records.stream().anyMatch(r -> participant.equals(r.key())), WAIT)
                .stream().filter(r -> participant.equals(r.key())).findFirst().orElseThrow();
    }

    private static String traceId(ConsumerRecord<String, String> record) {
        return header(record, "traceparent").split("-")[1];
    }

    private static String spanId(ConsumerRecord<String, String> record) {
        return header(record, "traceparent").split("-")[2];
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return ProbeRecords.header(record, name);
    }

    private static String participant() {
        return "P-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase()
                .replace('I', 'J').replace('L', 'M').replace('O', 'P').replace('U', 'V');
    }
}
