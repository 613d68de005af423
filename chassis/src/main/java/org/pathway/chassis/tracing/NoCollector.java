package org.pathway.chassis.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Without a collector address ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, mapped onto
 * {@code quarkus.otel.exporter.otlp.endpoint} by the chassis configuration) spans are still made, so trace context
 * still travels through HTTP, the outbox and Kafka, but nothing is exported. Quarkus would otherwise send them to its
 * default {@code localhost:4317} and log a connection error every few seconds: it installs its OTLP exporter only
 * when no other {@link SpanExporter} bean is looked up, so this one, looked up only while the address is unset, stands
 * in for it and drops the spans.
 */
@ApplicationScoped
public class NoCollector {

    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
    SpanExporter dropSpans() {
        return new Dropping();
    }

    /** Accepts every span and sends none anywhere. */
    static final class Dropping implements SpanExporter {

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
