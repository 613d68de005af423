package org.pathway.chassis.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.pathway.chassis.inbox.IncomingEvent;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The spans of the event pipeline, which no library makes for us: one PRODUCER span per outbox row the relay
 * publishes, child of the context stored with the row (so the relay thread's publish joins the request that wrote
 * it), and one CONSUMER span per event the inbox handles, child of the record's {@code traceparent} header (so the
 * consumer's own work, and the events it writes to its outbox, join the producer's trace).
 *
 * <p>Attributes name the topic, partition, offset, consumer and the CloudEvents id and type, never the record key
 * (the participant pseudonym) or anything from the event's data.
 */
@ApplicationScoped
public class EventTracing {

    /** The W3C trace-context header, in outbox rows and Kafka records alike. */
    public static final String TRACEPARENT = "traceparent";

    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.pathway.chassis");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /**
     * Starts the PRODUCER span of one outbox row's publish, child of the row's stored {@code traceparent} (a new
     * trace when the row has none). {@link #traceparent(Span)} gives the header the record carries.
     */
    public Span startPublish(String topic, String eventId, String eventType, String storedTraceparent) {
        Context parent = storedTraceparent == null ? Context.root()
                : propagator.extract(Context.root(), Map.of(TRACEPARENT, storedTraceparent), MAP);
        return tracer.spanBuilder(topic + " publish")
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, topic)
                .setAttribute(OPERATION, "send")
                .setAttribute(EVENT_ID, eventId)
                .setAttribute(EVENT_TYPE, eventType)
                .startSpan();
    }

    /** The span's context as a {@code traceparent} value (null for a span that is not valid, as with no SDK). */
    public String traceparent(Span span) {
        return traceparent(Context.root().with(span));
    }

    /** Starts the CONSUMER span of one received record, child of its {@code traceparent} header. */
    public Span startConsume(String consumer, ConsumerRecord<?, ?> record) {
        Context parent = propagator.extract(Context.root(), record.headers(), KAFKA_HEADERS);
        return tracer.spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION, "process")
                .setAttribute(CONSUMER_GROUP, consumer)
                .setAttribute(PARTITION, Integer.toString(record.partition()))
                .setAttribute(OFFSET, record.offset())
                .startSpan();
    }

    /** Names the decoded event on its CONSUMER span: its CloudEvents id and type (no data, no subject). */
    public IncomingEvent describe(Span span, IncomingEvent event) {
        span.setAttribute(EVENT_ID, event.id().toString());
        span.setAttribute(EVENT_TYPE, event.type().type());
        return event;
    }

    /** Runs the work with the span current, marks the span failed if the work throws, and ends it. */
    public <T> T within(Span span, Supplier<T> work) {
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Marks the span failed with the exception's type only: a message may quote the data that failed. */
    public static void failed(Span span, Throwable failure) {
        span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
    }

    private String traceparent(Context context) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, (map, key, value) -> Objects.requireNonNull(map).put(key, value));
        return carrier.get(TRACEPARENT);
    }
}
