package org.pathway.testkit;

import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A running service's meters as Prometheus scrapes them: {@code /q/metrics} on its management port, with no token.
 * In a {@code @QuarkusTest}: {@code @TestHTTPResource(value = "/", management = true) URL management;} then
 * {@code Meters.scrape(management).value("pathway_inbox_events_total", "outcome", "applied")}.
 */
public final class Meters {

    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private Meters(String text) {
        this.text = text;
    }

    public static Meters scrape(URL management) {
        String metrics = URI.create(management.toString()).resolve("/q/metrics").toString();
        return new Meters(given().get(metrics).then().statusCode(200).extract().asString());
    }

    public String text() {
        return text;
    }

    /** The sum over the series of that name carrying every given tag (name, value, name, value...); 0 when none. */
    public double value(String name, String... tags) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i + 1 < tags.length; i += 2) {
            wanted.put(tags[i], tags[i + 1]);
        }
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            // name{labels} value [timestamp] [# {exemplar labels} value timestamp], or name value ...
            int brace = line.indexOf('{');
            int end = brace >= 0 ? labelsEnd(line, brace) : line.indexOf(' ');
            String series = brace >= 0 ? line.substring(0, brace) : line.substring(0, end);
            if (!series.equals(name)) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            Matcher m = LABEL.matcher(brace >= 0 ? line.substring(brace, end) : "");
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
            if (labels.entrySet().containsAll(wanted.entrySet())) {
                sum += Double.parseDouble(line.substring(end).trim().split("\\s+")[0]);
            }
        }
        return sum;
    }

    /** Where the label set opened at {@code brace} ends (after its closing brace; quoted values may hold braces). */
    public static int labelsEnd(String line, int brace) {
        boolean quoted = false;
        for (int i = brace + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                return i + 1;
            }
        }
        return line.length();
    }

    /** Whether a series of that name is served at all. */
    public boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
