package org.pathway.chassis.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every span is kept (parent-based: a trace sampled upstream stays sampled), except a database span that starts a
 * trace of its own: the outbox relay's polls, Flyway at start-up and the like, thousands of one-span traces an hour
 * that would bury the traces of requests and events. A statement inside a request, a consume or a publish has a
 * parent and is kept. Quarkus uses a CDI {@link Sampler} in place of {@code quarkus.otel.traces.sampler}.
 */
@Singleton
public class RootDatabaseSpansDropped implements Sampler {

    private static final List<AttributeKey<String>> DATABASE_SYSTEM = List.of(
            AttributeKey.stringKey("db.system"), AttributeKey.stringKey("db.system.name"));

    private final Sampler delegate = Sampler.parentBased(Sampler.alwaysOn());

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        boolean root = !Span.fromContext(parentContext).getSpanContext().isValid();
        if (root && spanKind == SpanKind.CLIENT && isDatabase(attributes)) {
            return SamplingResult.drop();
        }
        return delegate.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    static boolean isDatabase(Attributes attributes) {
        return DATABASE_SYSTEM.stream().anyMatch(key -> attributes.get(key) != null);
    }

    @Override
    public String getDescription() {
        return "RootDatabaseSpansDropped{" + delegate.getDescription() + "}";
    }
}
