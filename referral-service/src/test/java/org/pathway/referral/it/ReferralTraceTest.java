package org.pathway.referral.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.referral.Referrals.NORTH_LONDON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.arc.lookup.LookupIfProperty;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.referral.Referrals;
import org.pathway.testkit.TestKafka;

/**
 * A referral's POST and the relay's publish of its events share one trace, which its Kafka records carry on
 * (chassis TracesTest follows such a trace through a consumer), and no span of it holds what the trust sent about
 * the young person. Spans go to an in-memory exporter, in this test's own profile only.
 */
@QuarkusTest
@TestProfile(ReferralTraceTest.SpansInMemory.class)
class ReferralTraceTest {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");

    public static class SpansInMemory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("trace-test.spans", "memory");
        }
    }

    /** The exporter, installed (looked up by Quarkus) only under {@link SpansInMemory}. */
    @ApplicationScoped
    public static class Exporter {
        @Produces
        @Singleton
        @LookupIfProperty(name = "trace-test.spans", stringValue = "memory")
        InMemorySpanExporter inMemory() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aReferralsPostAndThePublishOfItsEventsShareOneTraceHoldingNothingTheTrustSent() {
        ObjectNode body = Referrals.body();
        Response created = Referrals.post(NORTH_LONDON, body);
        created.then().statusCode(201);
        String participantId = created.path("participantId");

        List<ConsumerRecord<String, String>> records = TestKafka.awaitRecords(Topics.REFERRALS,
                        all -> all.stream().filter(r -> participantId.equals(r.key())).count() >= 2, Duration.ofSeconds(30))
                .stream().filter(r -> participantId.equals(r.key())).toList();
        String traceId = traceparent(records.get(0))[1];
        // The request's SERVER span ends (and is exported) after the client has its answer, so possibly after the
        // relay has published: wait until the request's span and every publish span are in.
        List<SpanData> trace = await().atMost(Duration.ofSeconds(20)).until(() -> spans.getFinishedSpanItems().stream()
                        .filter(s -> s.getTraceId().equals(traceId)).toList(),
                found -> found.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER) && records.stream()
                        .allMatch(r -> found.stream().anyMatch(s -> s.getSpanId().equals(traceparent(r)[2]))));

        List<SpanData> requests = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).toList();
        assertThat(requests).hasSize(1);
        SpanData request = requests.get(0);
        assertThat(request.getAttributes().get(ROUTE)).isEqualTo("/sites/{siteId}/referrals");
        assertThat(trace).as("the request's SQL").anyMatch(s -> s.getKind() == SpanKind.CLIENT
                && s.getParentSpanId().equals(request.getSpanId()));
        for (ConsumerRecord<String, String> record : records) {
            String[] header = traceparent(record);
            assertThat(header[1]).as("%s trace", record.topic()).isEqualTo(traceId);
            SpanData publish = trace.stream().filter(s -> s.getSpanId().equals(header[2])).findFirst().orElseThrow();
            assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
            assertThat(publish.getParentSpanId()).as("the relay's publish joins the POST").isEqualTo(request.getSpanId());
        }

        ObjectNode youngPerson = Referrals.youngPerson(body);
        List<String> identifiers = List.of(participantId, youngPerson.path("nhsNumber").asText(),
                youngPerson.path("givenName").asText(), youngPerson.path("familyName").asText(),
                youngPerson.path("dateOfBirth").asText(), youngPerson.path("postcode").asText(),
                body.path("externalReference").asText());
        List<String> values = trace.stream().flatMap(s -> s.getAttributes().asMap().values().stream())
                .map(String::valueOf).toList();
        assertThat(values).as("span attributes").isNotEmpty()
                .noneMatch(value -> identifiers.stream().anyMatch(value::contains));
    }

    private static String[] traceparent(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8).split("-");
    }
}
