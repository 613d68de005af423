package org.pathway.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pathway.testkit.hostile.RawHttp.Reply;

/**
 * Checks and tallies one endpoint's bad-input sweep. Every response must be below 500, and a 4xx when
 * the request can only be refused (malformed JSON, duplicate keys, wrong content type); every 4xx must
 * be {@code application/problem+json} with {@code type, title, status, detail}, and a 400/422 for one
 * field of well-formed JSON must name that field (or its parent or child) in {@code errors}; no
 * response may contain the request's canary or any of the identifiable values the sweep names.
 * Failures are collected, not thrown, so one run reports all of them with the seed to rerun.
 */
public final class Sweep {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_REPORTED = 25;

    private final String endpoint;
    private final long seed;
    private final Collection<String> neverEchoed;
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    public Sweep(String endpoint, long seed, Collection<String> neverEchoed) {
        this.endpoint = endpoint;
        this.seed = seed;
        this.neverEchoed = List.copyOf(neverEchoed);
    }

    /**
     * Checks the response to sample {@code index}; {@code alsoNeverEchoed} are this request's own
     * identifiable values (its NHS number, say). Returns the status.
     */
    public int check(int index, HostileRequest request, Reply response, String... alsoNeverEchoed) {
        requests++;
        int status = response.status();
        String category = request.category().replaceAll("(?s) \\(.*", "");
        statuses.computeIfAbsent(category, c -> new TreeMap<>()).merge(status, 1, Integer::sum);
        String body = response.text();
        if (status >= 500) {
            fail(index, request, response, "a 5xx");
        }
        if (request.mustBeRefused() && status < 400) {
            fail(index, request, response, "a request that must be refused accepted");
        }
        if (status >= 400 && status < 500) {
            checkProblem(index, request, response, body);
        }
        if (request.canary() != null && body.contains(request.canary())) {
            fail(index, request, response, "the submitted value echoed");
        }
        for (String value : concat(neverEchoed, alsoNeverEchoed)) {
            if (body.contains(value)) {
                fail(index, request, response, "identifiable data echoed");
            }
        }
        return status;
    }

    private static List<String> concat(Collection<String> values, String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return all;
    }

    private void checkProblem(int index, HostileRequest request, Reply response, String body) {
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            fail(index, request, response, "a 4xx that is not application/problem+json");
            return;
        }
        JsonNode problem;
        try {
            problem = MAPPER.readTree(body);
        } catch (Exception e) {
            fail(index, request, response, "a problem body that is not JSON");
            return;
        }
        if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual()
                || problem.path("status").asInt() != response.status()
                || problem.path("detail").asText("").isBlank()) {
            fail(index, request, response, "a problem without type, title, status and detail");
            return;
        }
        int status = response.status();
        if (request.isFieldLevel() && (status == 400 || status == 422) && !namesField(problem, request.field())) {
            fail(index, request, response, "a problem that does not name the field");
        }
    }

    /** The field itself, an enclosing object or list, or a member of it. */
    static boolean namesField(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText("");
            if (named.equals(field) || related(named, field) || related(field, named)) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(String outer, String inner) {
        return !outer.isEmpty() && inner.startsWith(outer)
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    private void fail(int index, HostileRequest request, Reply response, String what) {
        if (failures.size() < MAX_REPORTED) {
            String body = response.text();
            failures.add(what + " — sample " + index + " (seed " + seed + "): " + request.describe()
                    + "\n    → " + response.status() + " " + response.contentType() + " "
                    + body.substring(0, Math.min(body.length(), 400)));
        } else if (failures.size() == MAX_REPORTED) {
            failures.add("... more failures left off");
        }
    }

    /** Records a failure found outside the response (e.g. rows stored by a rejected request). */
    public void fail(int index, HostileRequest request, String what) {
        if (failures.size() <= MAX_REPORTED) {
            failures.add(what + " — sample " + index + " (seed " + seed + "): " + request.describe());
        }
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public int requests() {
        return requests;
    }

    /** Status codes per category, for the log and the README. */
    public String summary() {
        StringBuilder text = new StringBuilder("Bad-input sweep of " + endpoint + ": " + requests
                + " requests, seed " + seed + "\n");
        Map<Integer, Integer> total = new TreeMap<>();
        statuses.forEach((category, counts) -> {
            text.append(String.format("  %-28s %s%n", category, counts));
            counts.forEach((s, n) -> total.merge(s, n, Integer::sum));
        });
        text.append(String.format("  %-28s %s%n", "all", total));
        return text.toString();
    }

    /** Throws an AssertionError listing every failure, with the seed to rerun. */
    public void assertNoFailures() {
        if (!failures.isEmpty()) {
            throw new AssertionError(summary() + failures.size() + " failure(s); rerun with -Dsweep.seed="
                    + seed + "\n  " + String.join("\n  ", failures));
        }
    }
}
