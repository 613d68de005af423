package org.pathway.reporting.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The uptake, attendance, cost and outcomes figures worked out from the participant-level extracts alone,
 * written from docs/metrics.md rather than from the report builders, and compared with a report's row.
 */
public final class ExtractFigures {

    private static final double TOLERANCE = 0.002;

    private final List<JsonNode> participants;
    private final List<JsonNode> sessions;
    private final List<JsonNode> measures;

    public ExtractFigures(List<JsonNode> participants, List<JsonNode> sessions, List<JsonNode> measures) {
        this.participants = participants;
        this.sessions = sessions;
        this.measures = measures;
    }

    public List<JsonNode> participants() {
        return participants;
    }

    /**
     * Checks every shown cell of {@code row} of report {@code name} for {@code group} (a site, or all), over the
     * pathway arm's participants as every report of the pathway counts them; returns how many were checked.
     */
    public int compare(String name, JsonNode row, String group) {
        return compare(name, row, group, participants.stream().filter(p -> arm(p).equals("pathway"))
                .filter(p -> group.equals("all") || group.equals(p.get("site").asText())).toList());
    }

    /** As {@link #compare}, for a report grouped by arm: {@code group} is an arm, or all (both arms). */
    public int compareByArm(String name, JsonNode row, String group) {
        return compare(name, row, group, participants.stream()
                .filter(p -> group.equals("all") || group.equals(arm(p))).toList());
    }

    /**
     * Checks a row of {@code /reports/outcomes/difference}: each arm's changes from baseline, their means and
     * Welch's interval of the difference (written from docs/metrics.md, the t quantile from Commons Math).
     */
    public int compareDifference(JsonNode row) {
        String instrument = row.get("instrument").asText();
        String score = row.get("score").asText();
        String timepoint = row.get("timepoint").asText();
        Map<String, List<Double>> changes = new TreeMap<>();
        for (String arm : List.of("pathway", "comparison")) {
            List<Double> own = new ArrayList<>();
            for (JsonNode participant : participants) {
                Double value = latest(participant, instrument, timepoint, score);
                Double baseline = latest(participant, instrument, "baseline", score);
                if (arm(participant).equals(arm) && value != null && baseline != null) {
                    own.add(value - baseline);
                }
            }
            changes.put(arm, own);
        }
        List<Double> x = changes.get("pathway");
        List<Double> y = changes.get("comparison");
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("pathwayN", x.size());
        figures.put("comparisonN", y.size());
        figures.put("pathwayMeanChange", x.isEmpty() ? null : mean(x));
        figures.put("comparisonMeanChange", y.isEmpty() ? null : mean(y));
        figures.put("difference", x.isEmpty() || y.isEmpty() ? null : mean(x) - mean(y));
        if (x.size() >= 2 && y.size() >= 2) {
            double vx = sd(x) * sd(x) / x.size();
            double vy = sd(y) * sd(y) / y.size();
            double df = (vx + vy) * (vx + vy) / (vx * vx / (x.size() - 1) + vy * vy / (y.size() - 1));
            double half = t975(df) * Math.sqrt(vx + vy);
            figures.put("welchDf", df);
            figures.put("differenceCiLower", mean(x) - mean(y) - half);
            figures.put("differenceCiUpper", mean(x) - mean(y) + half);
        }
        return check("outcomes/difference", row, "all", figures);
    }

    /** Student's t quantile t(0.975, df). */
    private static double t975(double df) {
        return new TDistribution(df).inverseCumulativeProbability(0.975);
    }

    private static String arm(JsonNode participant) {
        return participant.get("arm").asText();
    }

    private int compare(String name, JsonNode row, String group, List<JsonNode> members) {
        Map<String, Number> expected = switch (name) {
            case "uptake" -> uptake(members);
            case "attendance" -> attendance(members);
            case "cost" -> cost(members);
            case "outcomes" -> outcomes(members, row.get("instrument").asText(), row.get("timepoint").asText(),
                    row.get("score").asText());
            default -> throw new IllegalArgumentException(name);
        };
        return check(name, row, group, expected);
    }

    private static int check(String name, JsonNode row, String group, Map<String, Number> expected) {
        int compared = 0;
        for (Map.Entry<String, Number> figure : expected.entrySet()) {
            JsonNode cell = row.get(figure.getKey());
            assertThat(cell).as(name + " has " + figure.getKey()).isNotNull();
            if (cell.get("suppressed").asBoolean()) {
                continue;
            }
            String what = name + " " + group + " " + figure.getKey();
            if (figure.getValue() == null) {
                assertThat(cell.get("value").isNull()).as(what + " is empty").isTrue();
            } else {
                assertThat(cell.get("value").asDouble()).as(what)
                        .isCloseTo(figure.getValue().doubleValue(), within(TOLERANCE));
            }
            compared++;
        }
        return compared;
    }

    private Map<String, Number> uptake(List<JsonNode> members) {
        Map<String, Number> figures = new LinkedHashMap<>();
        long referred = members.size();
        long accepted = count(members, p -> has(p, "acceptedOn"));
        long placed = count(members, p -> has(p, "placedOn"));
        long connected = count(members, p -> has(p, "connectedOn") || has(p, "firstAttendedOn"));
        long engaged = count(members, p -> has(p, "engagedOn") || has(p, "sustainedOn"));
        figures.put("referred", referred);
        figures.put("accepted", accepted);
        figures.put("declined", count(members, p -> has(p, "declinedOn")));
        figures.put("contacted", count(members, p -> has(p, "contactedOn")));
        figures.put("placed", placed);
        figures.put("connected", connected);
        figures.put("engaged", engaged);
        figures.put("sustained", count(members, p -> has(p, "sustainedOn")));
        figures.put("withdrawn", count(members, p -> has(p, "withdrawnOn")));
        figures.put("acceptanceRate", rate(accepted, referred));
        figures.put("placementRate", rate(placed, accepted));
        figures.put("connectionRate", rate(connected, placed));
        figures.put("engagementRate", rate(engaged, connected));
        return figures;
    }

    private Map<String, Number> attendance(List<JsonNode> members) {
        List<JsonNode> placed = members.stream().filter(p -> has(p, "placedOn")).toList();
        List<Double> attended = new ArrayList<>();
        long adherent = 0;
        for (JsonNode participant : placed) {
            List<JsonNode> own = activity(participant);
            attended.add((double) own.stream().filter(s -> s.get("status").asText().equals("attended")).count());
            LocalDate from = LocalDate.parse(participant.get("placedOn").asText());
            List<JsonNode> window = own.stream().filter(s -> {
                LocalDate date = LocalDate.parse(s.get("sessionDate").asText());
                return !date.isBefore(from) && date.isBefore(from.plusDays(84));
            }).toList();
            long inWindow = window.stream().filter(s -> s.get("status").asText().equals("attended")).count();
            long offered = inWindow + window.stream().filter(s -> s.get("status").asText().equals("missed")).count();
            adherent += offered > 0 && 2 * inWindow >= offered ? 1 : 0;
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("placed", placed.size());
        figures.put("sessionsAttendedMean", attended.isEmpty() ? null : mean(attended));
        figures.put("sessionsAttendedP25", quantile(attended, 0.25));
        figures.put("sessionsAttendedMedian", quantile(attended, 0.5));
        figures.put("sessionsAttendedP75", quantile(attended, 0.75));
        figures.put("adherent", adherent);
        figures.put("adherenceRate", rate(adherent, placed.size()));
        return figures;
    }

    private Map<String, Number> cost(List<JsonNode> members) {
        long activity = 0;
        Map<String, Long> minutes = new TreeMap<>();
        Map<String, Long> rates = new TreeMap<>();
        for (JsonNode participant : members) {
            activity += activity(participant).stream().filter(s -> s.get("status").asText().equals("attended"))
                    .mapToLong(s -> s.get("costPerSessionPence").asLong()).sum();
            String site = participant.get("site").asText();
            long own = own(sessions, participant).stream().filter(s -> s.get("kind").asText().equals("link-worker"))
                    .mapToLong(s -> s.get("minutes").asLong()).sum();
            minutes.merge(site, own, Long::sum);
            rates.put(site, participant.get("linkWorkerHourlyRatePence").asLong());
        }
        long linkWorker = minutes.entrySet().stream()
                .mapToLong(site -> halfUp(site.getValue() * rates.get(site.getKey()), 60)).sum();
        long accepted = count(members, p -> has(p, "acceptedOn"));
        long engaged = count(members, p -> has(p, "engagedOn") || has(p, "sustainedOn"));
        long total = activity + linkWorker;
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("accepted", accepted);
        figures.put("engaged", engaged);
        figures.put("activityPence", activity);
        figures.put("linkWorkerPence", linkWorker);
        figures.put("totalPence", total);
        figures.put("perAcceptedPence", accepted == 0 ? null : halfUp(total, accepted));
        figures.put("perEngagedPence", engaged == 0 ? null : halfUp(total, engaged));
        return figures;
    }

    private Map<String, Number> outcomes(List<JsonNode> members, String instrument, String timepoint, String score) {
        List<Double> values = new ArrayList<>();
        List<Double> changes = new ArrayList<>();
        for (JsonNode participant : members) {
            Double value = latest(participant, instrument, timepoint, score);
            if (value == null) {
                continue;
            }
            values.add(value);
            Double baseline = timepoint.equals("baseline") ? null : latest(participant, instrument, "baseline", score);
            if (baseline != null) {
                changes.add(value - baseline);
            }
        }
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("n", values.size());
        figures.put("mean", values.isEmpty() ? null : mean(values));
        figures.put("sd", values.size() < 2 ? null : sd(values));
        figures.put("changeN", changes.size());
        figures.put("meanChange", changes.isEmpty() ? null : mean(changes));
        Double halfWidth = changes.size() < 2 ? null : t975(changes.size() - 1) * sd(changes) / Math.sqrt(changes.size());
        figures.put("changeCiLower", halfWidth == null ? null : mean(changes) - halfWidth);
        figures.put("changeCiUpper", halfWidth == null ? null : mean(changes) + halfWidth);
        return figures;
    }

    /** The score of the latest questionnaire of the instrument at the timepoint; null if none. */
    private Double latest(JsonNode participant, String instrument, String timepoint, String score) {
        return own(measures, participant).stream()
                .filter(m -> m.get("instrument").asText().equals(instrument)
                        && m.get("timepoint").asText().equals(timepoint) && m.get("scoreName").asText().equals(score))
                .max(Comparator.comparing(m -> m.get("completedOn").asText()))
                .map(m -> m.get("score").asDouble())
                .orElse(null);
    }

    private List<JsonNode> activity(JsonNode participant) {
        return own(sessions, participant).stream().filter(s -> s.get("kind").asText().equals("activity")).toList();
    }

    private static List<JsonNode> own(List<JsonNode> lines, JsonNode participant) {
        return lines.stream().filter(line -> line.get("studyId").equals(participant.get("studyId"))
                && line.get("site").equals(participant.get("site"))).toList();
    }

    private static boolean has(JsonNode participant, String field) {
        return participant.hasNonNull(field);
    }

    private static long count(List<JsonNode> members, Predicate<JsonNode> counted) {
        return members.stream().filter(counted).count();
    }

    private static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    private static long halfUp(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double sd(List<Double> values) {
        double mean = mean(values);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.size() - 1));
    }

    /** Type 7: h = (n − 1)p, between the order statistics around it. */
    private static Double quantile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        double h = (sorted.size() - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.size() - 1);
        return sorted.get(low) + (h - low) * (sorted.get(high) - sorted.get(low));
    }
}
