package org.pathway.local.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.pathway.chassis.events.WithdrawalScope;

/**
 * The figures of the two reports that compare the study arms, for one site, from what the services acknowledged
 * ({@link Track}s), restating docs/metrics.md independently:
 * <ul>
 * <li>{@code /reports/retention?groupBy=arm}: over accepted participants not erased, per arm and timepoint,
 *     due 0, 91, 182 days after the day the participant entered the study — acceptance in the pathway arm, the
 *     registration date in the comparison arm — with a window of ± {@code windowDays}; {@code due},
 *     {@code inWindow}, {@code late}, {@code missing}, {@code withdrawnBeforeDue} and {@code inWindowRate} as of
 *     {@code today}. referral-service stamps acceptance and withdrawal with the time of the request, not the
 *     simulated date, so those two dates are the ones it stamped ({@link Track#acceptedOn()},
 *     {@link Track#withdrawnOn()}): the pathway arm's follow-up counts from the run's own day, as reporting-service
 *     counts it. Each timepoint's count is one column across the arms: 1–4 withheld, and if exactly one arm's cell
 *     is, the other's (when not zero) too.</li>
 * <li>{@code /reports/outcomes/difference}: per instrument, score and follow-up timepoint, each arm's participants
 *     with the score there and at baseline, their mean change and the difference pathway − comparison with Welch's
 *     95% interval and Welch–Satterthwaite df (means only for the scores that are plain sums of answers).</li>
 * </ul>
 */
final class ArmGroundTruth {

    static final String PATHWAY = "pathway";
    static final String COMPARISON = "comparison";
    private static final List<String> ARMS = List.of(COMPARISON, PATHWAY);
    private static final String[] COLUMNS = {"due", "inWindow", "late", "missing", "withdrawnBeforeDue"};

    private ArmGroundTruth() {
    }

    static List<Figure> figures(List<Track> site, int windowDays, LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        retention(figures, site, windowDays, today);
        difference(figures, site);
        return figures;
    }

    /** Accepted participants of the arm still in the store (not erased by a withdrawal of all consent). */
    static List<Track> arm(List<Track> site, String arm) {
        return site.stream().filter(Track::isReferred).filter(t -> t.isComparison() == COMPARISON.equals(arm))
                .filter(t -> PersonPlan.ACCEPTED.equals(t.status()))
                .filter(t -> t.withdrawalScope() != WithdrawalScope.ALL).toList();
    }

    private static void retention(List<Figure> figures, List<Track> site, int windowDays, LocalDate today) {
        Map<String, long[][]> counts = new TreeMap<>();
        for (String arm : ARMS) {
            List<Track> members = arm(site, arm);
            if (members.isEmpty()) {
                continue;
            }
            long[][] byTimepoint = new long[ComparisonCohort.DUE_DAYS.length][COLUMNS.length];
            for (Track track : members) {
                for (int t = 0; t < ComparisonCohort.DUE_DAYS.length; t++) {
                    int column = status(track, t, windowDays, today);
                    if (column >= 0) {
                        byTimepoint[t][column]++;
                    }
                }
            }
            for (long[] row : byTimepoint) {
                row[0] = row[1] + row[2] + row[3];
            }
            counts.put(arm, byTimepoint);
        }
        for (int t = 0; t < ComparisonCohort.DUE_DAYS.length; t++) {
            Map<String, boolean[]> withheld = new TreeMap<>();
            counts.keySet().forEach(arm -> withheld.put(arm, new boolean[COLUMNS.length]));
            for (int c = 0; c < COLUMNS.length; c++) {
                int timepoint = t;
                int column = c;
                List<String> shown = new ArrayList<>();
                counts.forEach((arm, byTimepoint) -> {
                    withheld.get(arm)[column] = GroundTruth.withheld(byTimepoint[timepoint][column]);
                    shown.add(arm);
                });
                List<String> primary = shown.stream().filter(arm -> withheld.get(arm)[column]).toList();
                if (primary.size() == 1) {
                    shown.stream().filter(arm -> !withheld.get(arm)[column] && counts.get(arm)[timepoint][column] > 0)
                            .min((a, b) -> Long.compare(counts.get(a)[timepoint][column], counts.get(b)[timepoint][column]))
                            .ifPresent(arm -> withheld.get(arm)[column] = true);
                }
            }
            for (Map.Entry<String, long[][]> arm : counts.entrySet()) {
                String name = arm.getKey() + "/" + Questionnaires.timepoint(t) + " ";
                long[] row = arm.getValue()[t];
                boolean[] hidden = withheld.get(arm.getKey());
                for (int c = 0; c < COLUMNS.length; c++) {
                    figures.add(new Figure("retention", name + COLUMNS[c], row[c], hidden[c], 0));
                }
                figures.add(new Figure("retention", name + "inWindowRate",
                        row[0] == 0 ? null : GroundTruth.round((double) row[1] / row[0]), hidden[0] || hidden[1], 0));
            }
        }
    }

    /** The column the participant counts in at timepoint {@code t}: 1 in window, 2 late, 3 missing, 4 withdrawn; -1 none. */
    private static int status(Track track, int t, int windowDays, LocalDate today) {
        LocalDate entered = track.isComparison() ? track.referredAt() : track.acceptedOn();
        LocalDate due = entered.plusDays(ComparisonCohort.DUE_DAYS[t]);
        LocalDate withdrawn = track.withdrawnOn();
        if (withdrawn != null && withdrawn.isBefore(due) && !withdrawn.isAfter(today)) {
            return 4;
        }
        if (due.isAfter(today)) {
            return -1;
        }
        LocalDate opens = due.minusDays(windowDays);
        LocalDate closes = due.plusDays(windowDays);
        List<LocalDate> completed = track.outcomes().stream()
                .filter(o -> o.timepoint().equals(Questionnaires.timepoint(t)))
                .map(Track.Outcome::completedAt).filter(date -> !date.isAfter(today)).toList();
        if (completed.stream().anyMatch(date -> !date.isBefore(opens) && !date.isAfter(closes))) {
            return 1;
        }
        return completed.stream().anyMatch(date -> date.isAfter(closes)) ? 2 : 3;
    }

    private static void difference(List<Figure> figures, List<Track> site) {
        Map<String, Map<String, List<Double>>> changes = new TreeMap<>();
        for (String arm : ARMS) {
            for (Track track : arm(site, arm)) {
                for (Track.Outcome outcome : track.outcomes()) {
                    if (outcome.timepoint().equals(Questionnaires.BASELINE)) {
                        continue;
                    }
                    track.outcomes().stream().filter(b -> b.timepoint().equals(Questionnaires.BASELINE)
                            && b.instrument().equals(outcome.instrument())).findFirst().ifPresent(baseline -> {
                                for (String score : GroundTruth.SCORES.get(outcome.instrument())) {
                                    String key = outcome.instrument() + "/" + score + "/" + outcome.timepoint();
                                    changes.computeIfAbsent(key, k -> new TreeMap<>())
                                            .computeIfAbsent(arm, k -> new ArrayList<>())
                                            .add(GroundTruth.summed(outcome, score) - GroundTruth.summed(baseline, score));
                                }
                            });
                }
            }
        }
        changes.forEach((measure, arms) -> {
            List<Double> x = arms.getOrDefault(PATHWAY, List.of());
            List<Double> y = arms.getOrDefault(COMPARISON, List.of());
            boolean xWithheld = GroundTruth.withheld(x.size());
            boolean eitherWithheld = xWithheld || GroundTruth.withheld(y.size());
            figures.add(new Figure("difference", measure + " pathwayN", (long) x.size(), xWithheld, 0));
            figures.add(new Figure("difference", measure + " comparisonN", (long) y.size(),
                    GroundTruth.withheld(y.size()), 0));
            boolean summed = !x.isEmpty() && !Double.isNaN(x.get(0)) || !y.isEmpty() && !Double.isNaN(y.get(0));
            if (!summed) {
                return;
            }
            double tolerance = GroundTruth.STATISTIC_TOLERANCE;
            figures.add(new Figure("difference", measure + " pathwayMeanChange", x.isEmpty() ? null : round(mean(x)),
                    xWithheld, tolerance));
            figures.add(new Figure("difference", measure + " comparisonMeanChange",
                    y.isEmpty() ? null : round(mean(y)), GroundTruth.withheld(y.size()), tolerance));
            figures.add(new Figure("difference", measure + " difference",
                    x.isEmpty() || y.isEmpty() ? null : round(mean(x) - mean(y)), eitherWithheld, tolerance));
            Double[] welch = welch(x, y);
            figures.add(new Figure("difference", measure + " differenceCiLower", welch[0], eitherWithheld, tolerance));
            figures.add(new Figure("difference", measure + " differenceCiUpper", welch[1], eitherWithheld, tolerance));
            figures.add(new Figure("difference", measure + " welchDf", welch[2], eitherWithheld, tolerance));
        });
    }

    /** Welch's 95% interval of mean(x) − mean(y) and its df, rounded; nulls without 2 values each and some spread. */
    static Double[] welch(List<Double> x, List<Double> y) {
        if (x.size() < 2 || y.size() < 2) {
            return new Double[] {null, null, null};
        }
        double vx = variance(x) / x.size();
        double vy = variance(y) / y.size();
        if (vx + vy == 0) {
            return new Double[] {null, null, null};
        }
        double df = (vx + vy) * (vx + vy) / (vx * vx / (x.size() - 1) + vy * vy / (y.size() - 1));
        double half = new TDistribution(null, df).inverseCumulativeProbability(0.975) * Math.sqrt(vx + vy);
        double difference = mean(x) - mean(y);
        return new Double[] {round(difference - half), round(difference + half), round(df)};
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    private static double variance(List<Double> values) {
        double mean = mean(values);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }

    private static Double round(double value) {
        return GroundTruth.round(value);
    }
}
