package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.pathway.reporting.domain.statistics.ChangeFromBaseline;
import org.pathway.reporting.domain.statistics.Summary;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.Suppression;

/**
 * {@code GET /reports/outcomes}: per instrument, timepoint and score, the scores of each group and
 * their mean change from baseline with a 95% confidence interval. Each (instrument, timepoint,
 * score) is suppressed as its own column across the groups.
 */
public final class OutcomesReport {

    public static final String BASELINE = "baseline";

    private static final List<String> TIMEPOINT_ORDER = List.of(BASELINE, "3m", "6m");

    private OutcomesReport() {
    }

    /** The group rows of every measure, then the all-groups rows of every measure. */
    public record Table(List<OutcomeRow> rows, List<OutcomeRow> totals) {

        public Table {
            rows = List.copyOf(rows);
            totals = List.copyOf(totals);
        }

        public List<OutcomeRow> rowsAndTotals() {
            List<OutcomeRow> all = new ArrayList<>(rows);
            all.addAll(totals);
            return all;
        }
    }

    public static Table of(Map<String, List<Participant>> groups, List<Participant> all, List<OutcomeScore> scores) {
        Set<String> inCohort = all.stream().map(OutcomesReport::key).collect(Collectors.toSet());
        Map<Measure, Map<String, Double>> byMeasure = new HashMap<>();
        for (OutcomeScore score : scores) {
            String participant = key(score.siteId(), score.participantId());
            if (inCohort.contains(participant)) {
                byMeasure.computeIfAbsent(new Measure(score.instrument(), score.timepoint(), score.score()),
                        measure -> new HashMap<>()).put(participant, score.value());
            }
        }
        List<OutcomeRow> rows = new ArrayList<>();
        List<OutcomeRow> totals = new ArrayList<>();
        Set<Measure> measures = new TreeSet<>(Measure.ORDER);
        measures.addAll(byMeasure.keySet());
        for (Measure measure : measures) {
            Map<String, Double> values = byMeasure.get(measure);
            Map<String, Double> baseline = measure.timepoint().equals(BASELINE) ? null
                    : byMeasure.getOrDefault(new Measure(measure.instrument(), BASELINE, measure.score()), Map.of());
            List<Cell> cells = groups.values().stream().map(group -> Cell.of(group, values, baseline)).toList();
            Cell total = Cell.of(all, values, baseline);
            CountColumn n = CountColumn.of(cells.stream().map(cell -> (long) cell.summary().n()).toList(),
                    total.summary().n());
            CountColumn changeN = CountColumn.of(cells.stream().map(cell -> (long) cell.change().n()).toList(),
                    total.change().n());
            int i = 0;
            for (String group : groups.keySet()) {
                rows.add(row(group, measure, cells.get(i), n.group(i), changeN.group(i)));
                i++;
            }
            totals.add(row(Grouping.ALL, measure, total, n.total(), changeN.total()));
        }
        return new Table(rows, totals);
    }

    private static OutcomeRow row(String group, Measure measure, Cell cell, SuppressedCount n, SuppressedCount changeN) {
        ChangeFromBaseline change = cell.change();
        return new OutcomeRow(group, measure.instrument(), measure.timepoint(), measure.score(),
                n,
                Suppression.statistic(cell.summary().mean(), n),
                Suppression.statistic(cell.summary().sd(), n),
                changeN,
                Suppression.statistic(change.meanChange(), changeN),
                Suppression.statistic(change.ciLower(), changeN),
                Suppression.statistic(change.ciUpper(), changeN));
    }

    private static String key(Participant participant) {
        return key(participant.siteId(), participant.participantId());
    }

    private static String key(String siteId, String participantId) {
        return siteId + "/" + participantId;
    }

    /** The scores of one group at one measure, and their change from baseline. */
    private record Cell(Summary summary, ChangeFromBaseline change) {

        /** @param baseline the baseline scores of the same instrument and score; null at baseline itself */
        static Cell of(List<Participant> group, Map<String, Double> values, Map<String, Double> baseline) {
            List<Double> scores = new ArrayList<>();
            List<double[]> pairs = new ArrayList<>();
            for (Participant participant : group) {
                Double value = values.get(key(participant));
                if (value == null) {
                    continue;
                }
                scores.add(value);
                Double before = baseline == null ? null : baseline.get(key(participant));
                if (before != null) {
                    pairs.add(new double[] {before, value});
                }
            }
            return new Cell(Summary.of(scores), ChangeFromBaseline.of(pairs));
        }
    }

    /** One score of one instrument at one timepoint. */
    private record Measure(String instrument, String timepoint, String score) {

        static final Comparator<Measure> ORDER = Comparator.comparing(Measure::instrument)
                .thenComparing(Measure::timepointRank)
                .thenComparing(Measure::timepoint)
                .thenComparing(Measure::score);

        private int timepointRank() {
            int rank = TIMEPOINT_ORDER.indexOf(timepoint);
            return rank < 0 ? TIMEPOINT_ORDER.size() : rank;
        }
    }
}
