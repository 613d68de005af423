package org.pathway.chassis.tracing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code OTEL_EXPORTER_OTLP_ENDPOINT} set (here as a system property, which the chassis' mapping reads as it
 * reads the environment), Quarkus' OTLP exporter sends the spans to that address: a stand-in collector on a free
 * port receives them as OTLP over HTTP.
 */
@QuarkusTest
@TestProfile(OtlpExportTest.WithCollector.class)
class OtlpExportTest {

    /** The paths of the requests the stand-in collector received. */
    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    public static class WithCollector implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", startCollector(),
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
        }
    }

    @Test
    void spansGoToTheCollectorTheEndpointNames() {
        given().auth().oauth2(Tokens.site("north-london", "lw", "link-worker"))
                .get("/sites/north-london/probe/items").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> RECEIVED.contains("/v1/traces"));
    }

    private static String startCollector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.add(exchange.getRequestURI().getPath());
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
