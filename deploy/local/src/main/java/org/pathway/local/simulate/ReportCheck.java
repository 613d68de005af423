package org.pathway.local.simulate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.pathway.local.identity.DemoUsers;
import org.pathway.local.stack.Endpoints;

/**
 * Reads reporting-service as the research team does (the {@code researcher} user, one site at a
 * time, the run's referral dates) and waits until what it publishes matches the ground truth, or
 * stops changing.
 */
record ReportCheck(Api api, Endpoints endpoints, LocalDate from, LocalDate to) {

    static final List<String> REPORTS = List.of("uptake", "timeliness", "attendance", "cost", "outcomes");
    /** Between reads of the reports while reporting-service catches up: a read is ten small queries. */
    static final long POLL_MILLIS = 250;

    /** How many referrals the store already holds at these sites in the period (before a run). */
    static long referred(Api api, Endpoints endpoints, List<String> sites, LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("/reports/uptake?from=" + from + "&to=" + to);
        sites.forEach(site -> query.append("&site=").append(encode(site)));
        Api.Response response = api.get(endpoints.reporting().resolve(query.toString()), DemoUsers.RESEARCHER);
        if (!response.is(200)) {
            throw new SimulationException("reporting-service answered " + response.describe());
        }
        JsonNode referred = response.body().path("total").path("referred");
        return referred.path("suppressed").asBoolean(false) ? 1 : referred.path("value").asLong(0);
    }

    /** Every published cell of one site, keyed {@code report/figure} as {@link Figure}s name them. */
    Map<String, JsonNode> published(String site) {
        Map<String, JsonNode> cells = new TreeMap<>();
        for (String report : REPORTS) {
            URI uri = endpoints.reporting().resolve("/reports/" + report + "?site=" + encode(site) + "&from=" + from
                    + "&to=" + to + "&groupBy=site");
            Api.Response response = api.get(uri, DemoUsers.RESEARCHER);
            if (!response.is(200)) {
                throw new SimulationException("reporting-service /reports/" + report + " answered " + response.describe());
            }
            for (JsonNode row : response.body().path("rows")) {
                if (!site.equals(row.path("group").asText())) {
                    continue;
                }
                if (report.equals("outcomes")) {
                    String key = report + "/" + row.path("instrument").asText() + "/" + row.path("timepoint").asText()
                            + "/" + row.path("score").asText();
                    cells.put(key + " n", row.path("n"));
                    cells.put(key + " mean", row.path("mean"));
                    cells.put(key + " changeN", row.path("changeN"));
                } else {
                    row.fields().forEachRemaining(field -> {
                        if (field.getValue().isObject()) {
                            cells.put(report + "/" + field.getKey(), field.getValue());
                        }
                    });
                }
            }
        }
        arms(site, cells);
        return cells;
    }

    /**
     * The reports that compare the arms: retention grouped by arm ({@code retention/<arm>/<timepoint> <field>}) and
     * the arm difference ({@code difference/<instrument>/<score>/<timepoint> <field>}).
     */
    private void arms(String site, Map<String, JsonNode> cells) {
        String period = "?site=" + encode(site) + "&from=" + from + "&to=" + to;
        for (JsonNode row : read("/reports/retention" + period + "&groupBy=arm").path("rows")) {
            String key = "retention/" + row.path("group").asText() + "/" + row.path("timepoint").asText() + " ";
            row.fields().forEachRemaining(field -> {
                if (field.getValue().isObject()) {
                    cells.put(key + field.getKey(), field.getValue());
                }
            });
        }
        for (JsonNode row : read("/reports/outcomes/difference" + period).path("rows")) {
            String key = "difference/" + row.path("instrument").asText() + "/" + row.path("score").asText() + "/"
                    + row.path("timepoint").asText() + " ";
            row.fields().forEachRemaining(field -> {
                if (field.getValue().isObject()) {
                    cells.put(key + field.getKey(), field.getValue());
                }
            });
        }
    }

    private JsonNode read(String path) {
        Api.Response response = api.get(endpoints.reporting().resolve(path), DemoUsers.RESEARCHER);
        if (!response.is(200)) {
            throw new SimulationException("reporting-service " + path + " answered " + response.describe());
        }
        return response.body();
    }

    /**
     * Polls until every figure of every site matches, or the published figures have not changed for
     * {@code settle}, or {@code timeout} passed; returns the last published cells per site.
     */
    Map<String, Map<String, JsonNode>> await(Map<String, List<Figure>> truth, Duration settle, Duration timeout,
                                             java.io.PrintStream progress) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Map<String, Map<String, JsonNode>> last = null;
        long unchangedSince = System.nanoTime();
        while (true) {
            Map<String, Map<String, JsonNode>> now = new TreeMap<>();
            truth.keySet().forEach(site -> now.put(site, published(site)));
            long mismatches = mismatches(truth, now);
            if (!now.equals(last)) {
                unchangedSince = System.nanoTime();
                progress.printf("  reports: %d figure(s) differ from the ground truth%n", mismatches);
            }
            last = now;
            long waited = System.nanoTime();
            if (mismatches == 0 || waited > deadline || waited - unchangedSince > settle.toNanos()) {
                return now;
            }
            Api.sleep(POLL_MILLIS);
        }
    }

    static long mismatches(Map<String, List<Figure>> truth, Map<String, Map<String, JsonNode>> published) {
        long count = 0;
        for (Map.Entry<String, List<Figure>> site : truth.entrySet()) {
            Map<String, JsonNode> cells = published.getOrDefault(site.getKey(), Map.of());
            for (Figure figure : site.getValue()) {
                if (!figure.matches(cells.get(figure.report() + "/" + figure.name()))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
