package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.statistics.ChangeFromBaseline;
import org.pathway.reporting.domain.statistics.Frequencies;
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

    /**
     * @param groupBy how the report groups participants
     * @param groups  the labels of the report's groups, in order: every group of the cohort, scored or not
     * @param scores  the scores of the cohort's participants
     */
    public static TotalsTable<OutcomeRow> of(GroupBy groupBy, Collection<String> groups, List<OutcomeScore> scores) {
        Map<Measure, Cells> byMeasure = new TreeMap<>(Measure.ORDER);
        for (OutcomeScore score : scores) {
            Cells cells = byMeasure.computeIfAbsent(new Measure(score.instrument(), score.timepoint(), score.score()),
                    measure -> new Cells(groups));
            cells.total().add(score);
            for (String label : Grouping.labels(groupBy, score.participant())) {
                Cell cell = cells.groups().get(label);
                if (cell != null) {
                    cell.add(score);
                }
            }
        }
        List<OutcomeRow> rows = new ArrayList<>();
        List<OutcomeRow> totals = new ArrayList<>();
        for (Map.Entry<Measure, Cells> entry : byMeasure.entrySet()) {
            Measure measure = entry.getKey();
            List<Cell> cells = List.copyOf(entry.getValue().groups().values());
            Cell total = entry.getValue().total();
            CountColumn n = CountColumn.of(cells.stream().map(cell -> (long) cell.summary().n()).toList(),
                    total.summary().n());
            CountColumn changeN = CountColumn.of(cells.stream().map(cell -> (long) cell.change().n()).toList(),
                    total.change().n());
            int i = 0;
            for (String group : groups) {
                rows.add(row(group, measure, cells.get(i), n.group(i), changeN.group(i)));
                i++;
            }
            totals.add(row(Grouping.ALL, measure, total, n.total(), changeN.total()));
        }
        return new TotalsTable<>(rows, totals);
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

    /** The cells of one measure: one per group, in the groups' order, and the total. */
    private record Cells(Map<String, Cell> groups, Cell total) {

        Cells(Collection<String> labels) {
            this(new LinkedHashMap<>(), new Cell());
            labels.forEach(label -> groups.put(label, new Cell()));
        }
    }

    /** The scores of one group at one measure, and their pairs with the baseline score. */
    private static final class Cell {

        private final Frequencies scores = new Frequencies();
        private final Frequencies changes = new Frequencies();
        private Summary summary;
        private ChangeFromBaseline change;

        /** The score of each alike participant, and its change from their baseline, counted together. */
        void add(OutcomeScore score) {
            scores.add(score.value(), score.participants());
            if (score.baseline() != null) {
                changes.add(score.value() - score.baseline(), score.participants());
            }
        }

        Summary summary() {
            if (summary == null) {
                summary = Summary.of(scores);
            }
            return summary;
        }

        ChangeFromBaseline change() {
            if (change == null) {
                change = ChangeFromBaseline.of(changes);
            }
            return change;
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
