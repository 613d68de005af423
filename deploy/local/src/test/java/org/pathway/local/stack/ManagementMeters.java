package org.pathway.local.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each application's management port serves as Prometheus would scrape it (no token), and the meter each
 * service's share of a cohort must move: intake's decisions in referral-service, the events each consumer applied
 * elsewhere; the workspace serves its JVM meters.
 */
final class ManagementMeters {

    static final Map<String, String> MOVED_BY_A_COHORT = Map.of(
            "referral-service", "pathway_referral_decisions_total",
            "matching-service", "pathway_inbox_events_total",
            "engagement-service", "pathway_inbox_events_total",
            "reporting-service", "pathway_inbox_events_total",
            PathwayService.WORKSPACE, "jvm_memory_used_bytes");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ManagementMeters() {
    }

    /** Each application's Prometheus text from {@code /q/metrics} on its management port; fails unless 200. */
    static Map<String, String> scrape(StackSettings settings) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (PathwayService service : PathwayService.applications(settings)) {
            URI metrics = service.management().resolve("/q/metrics");
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new AssertionError(metrics + " answered " + response.statusCode());
                }
                texts.put(service.name(), response.body());
            } catch (IOException e) {
                throw new AssertionError(metrics + " did not answer: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        return texts;
    }

    /** The sum of every series of the meter (whatever its tags). */
    static double sum(String text, String meter) {
        return text.lines().filter(line -> line.startsWith(meter + "{") || line.startsWith(meter + " "))
                .mapToDouble(line -> {
                    // name{labels} value, then maybe a timestamp and an exemplar (# {trace ids} value timestamp)
                    int brace = line.indexOf('{');
                    int end = brace >= 0 && brace < line.indexOf(' ') ? line.indexOf("} ", brace) + 1 : line.indexOf(' ');
                    return Double.parseDouble(line.substring(end).trim().split("\\s+")[0]);
                }).sum();
    }

    /** The lines of the meter, for the run's log (the evidence docs/operations.md quotes). */
    static String excerpt(String text, String meter) {
        return String.join("\n", text.lines().filter(line -> line.startsWith(meter)).toList());
    }
}
