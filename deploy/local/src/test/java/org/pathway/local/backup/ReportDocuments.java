package org.pathway.local.backup;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.TokenSource;
import org.pathway.local.stack.Endpoints;

/** reporting-service's report documents over a period and the demo sites, as the researcher reads them: JSON, whole. */
final class ReportDocuments {

    /** Each report's path and grouping. */
    static final Map<String, String> REPORTS = Map.of(
            "uptake", "/reports/uptake?groupBy=site",
            "timeliness", "/reports/timeliness?groupBy=site",
            "attendance", "/reports/attendance?groupBy=site",
            "cost", "/reports/cost?groupBy=site",
            "outcomes", "/reports/outcomes?groupBy=site",
            "retention", "/reports/retention?groupBy=arm",
            "difference", "/reports/outcomes/difference?");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReportDocuments() {
    }

    static Map<String, String> read(Endpoints endpoints, TokenSource tokens, List<String> sites, LocalDate from, LocalDate to) {
        String query = "&from=" + from + "&to=" + to + sites.stream()
                .map(site -> "&site=" + URLEncoder.encode(site, StandardCharsets.UTF_8)).collect(Collectors.joining());
        Map<String, String> documents = new TreeMap<>();
        REPORTS.forEach((name, path) -> documents.put(name, get(endpoints.reporting().resolve(path + query), tokens)));
        return documents;
    }

    private static String get(URI uri, TokenSource tokens) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.accessToken(DemoUsers.RESEARCHER)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(uri + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
