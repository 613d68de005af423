package org.pathway.local.backup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Prometheus' view of its targets ({@code GET /api/v1/targets}): each target's {@code service} label and health. */
final class PrometheusTargets {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private PrometheusTargets() {
    }

    /** Polls until every target is {@code up} or {@code timeout} passed; the last health of each. */
    static Map<String, String> awaitAllUp(URI prometheus, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> health = read(prometheus);
        while ((health.isEmpty() || !health.values().stream().allMatch("up"::equals)) && System.nanoTime() < deadline) {
            sleep();
            health = read(prometheus);
        }
        return health;
    }

    static Map<String, String> read(URI prometheus) {
        HttpRequest request = HttpRequest.newBuilder(prometheus.resolve("/api/v1/targets?state=active"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            JsonNode body = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            Map<String, String> health = new TreeMap<>();
            for (JsonNode target : body.path("data").path("activeTargets")) {
                health.put(target.path("labels").path("service").asText(), target.path("health").asText());
            }
            return health;
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
