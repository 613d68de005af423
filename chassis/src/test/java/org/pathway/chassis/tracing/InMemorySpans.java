package org.pathway.chassis.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Every span the probe application ends, kept in memory for the tests (a CDI exporter, as Quarkus' test guide shows);
 * not installed when a test names a collector ({@link OtlpExportTest}), so that Quarkus' own OTLP exporter is.
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
