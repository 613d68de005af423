package org.pathway.local.manifests;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.local.manifests.Node.at;
import static org.pathway.local.manifests.Node.list;

/**
 * deploy/compose/compose.yaml's traces: every service that makes spans sends them to the collector, the collector
 * receives OTLP where they send it and passes it on to Jaeger, and both images are pinned to a release.
 */
class ComposeTracesTest {

    /** The trace pipeline's containers: awaited by the services only as started (their images have no shell). */
    static final Set<String> TELEMETRY = Set.of("otel-collector", "jaeger");

    static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private static final String RELEASE_TAG = ":\\d+\\.\\d+\\.\\d+";

    @Test
    void everyServiceThatMakesSpansSendsThemToTheCollector() {
        // The services on the chassis (the four that use Kafka) make spans; the workspace has no OpenTelemetry.
        List<ServiceConfig> tracing = ServiceConfig.services().stream().filter(ServiceConfig::usesKafka).toList();
        assertThat(tracing).as("services on the chassis").hasSizeGreaterThanOrEqualTo(4);
        for (ServiceConfig service : tracing) {
            assertThat(service.reads(ENDPOINT)).as("%s reads %s (chassis configuration)", service.name(), ENDPOINT)
                    .isTrue();
            String endpoint = Compose.environment(Compose.service(service.name())).get(ENDPOINT);
            assertThat(endpoint).as("%s %s", service.name(), ENDPOINT).isNotBlank();
            URI uri = URI.create(endpoint);
            assertThat(uri.getHost()).as("%s sends spans to", service.name()).isEqualTo("otel-collector");
            assertThat(uri.getPort()).as("%s sends OTLP over gRPC to the port the collector receives it on",
                    service.name()).isEqualTo(collectorPort("grpc"));
            assertThat(at(Compose.service(service.name()), "depends_on.otel-collector")).as(service.name()).isNotNull();
        }
    }

    @Test
    void theCollectorPassesTracesToJaegerOverOtlp() {
        Object config = collectorConfig();
        assertThat(list(at(config, "service.pipelines.traces.receivers"))).contains("otlp");
        List<Object> exporters = list(at(config, "service.pipelines.traces.exporters"));
        assertThat(exporters).isNotEmpty();
        for (Object exporter : exporters) {
            assertThat(String.valueOf(exporter)).as("exporter kind").startsWith("otlp");
            String endpoint = String.valueOf(at(at(config, "exporters"), String.valueOf(exporter) + ".endpoint"));
            assertThat(endpoint).as("%s endpoint", exporter).isEqualTo("jaeger:4317");
        }
        assertThat(Compose.environment(Compose.service("jaeger"))).containsEntry("COLLECTOR_OTLP_ENABLED", "true");
        assertThat(list(at(Compose.service("jaeger"), "ports")).stream().map(p -> Compose.interpolate(String.valueOf(p))))
                .as("Jaeger's UI, on the bind address only").containsExactly("127.0.0.1:16686:16686");
    }

    @Test
    void theTraceImagesArePinnedToARelease() {
        assertThat(String.valueOf(at(Compose.service("otel-collector"), "image")))
                .matches("otel/opentelemetry-collector-contrib" + RELEASE_TAG);
        assertThat(String.valueOf(at(Compose.service("jaeger"), "image")))
                .matches("jaegertracing/all-in-one" + RELEASE_TAG);
    }

    private static int collectorPort(String protocol) {
        String endpoint = String.valueOf(at(collectorConfig(), "receivers.otlp.protocols." + protocol + ".endpoint"));
        assertThat(endpoint).as("the collector listens on every interface of its container").startsWith("0.0.0.0:");
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    private static Object collectorConfig() {
        for (Object volume : list(at(Compose.service("otel-collector"), "volumes"))) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts[1].equals("/etc/otelcol-contrib/config.yaml")) {
                return Repository.documents(Repository.COMPOSE.resolve(parts[0]).normalize()).get(0);
            }
        }
        throw new AssertionError("otel-collector mounts no /etc/otelcol-contrib/config.yaml");
    }
}
