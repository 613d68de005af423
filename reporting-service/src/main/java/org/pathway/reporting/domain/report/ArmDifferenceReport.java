package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pathway.chassis.events.Arm;
import org.pathway.reporting.domain.grouping.Groups;
import org.pathway.reporting.domain.statistics.Frequencies;
import org.pathway.reporting.domain.statistics.Summary;
import org.pathway.reporting.domain.statistics.Welch;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.Suppression;

/**
 * {@code GET /reports/outcomes/difference}: per instrument, score and follow-up timepoint (3m, 6m), the mean
 * change from baseline of each arm's participants who have both scores, and the difference of the two means
 * (pathway − comparison) with Welch's 95% confidence interval. Each arm's {@code n} is suppressed as any count
 * (1–4 withheld), its mean change with it, and the difference, its interval and degrees of freedom with either.
 */
public final class ArmDifferenceReport {

    /** The follow-up timepoints compared; baseline is what change is measured from. */
    public static final List<String> TIMEPOINTS = List.of("3m", "6m");

    /** What the report is and is not: published with every answer. */
    public static final String NOTE = "Descriptive comparison of a non-randomised comparison group registered before "
            + "the pathway started at each site: the difference in mean change from baseline (pathway − comparison) "
            + "with Welch's 95% confidence interval, unadjusted. It is not a trial result and not an estimate of "
            + "the pathway's effect.";

    private ArmDifferenceReport() {
    }

    /** @param scores the scores of both arms' participants, each entry's participant carrying its arm */
    public static List<ArmDifferenceRow> of(List<OutcomeScore> scores) {
        Map<Measure, Map<String, Frequencies>> changes = new TreeMap<>(Measure.ORDER);
        for (OutcomeScore score : scores) {
            if (!TIMEPOINTS.contains(score.timepoint()) || score.baseline() == null) {
                continue;
            }
            changes.computeIfAbsent(new Measure(score.instrument(), score.score(), score.timepoint()),
                            measure -> new TreeMap<>())
                    .computeIfAbsent(Groups.arm(score.participant().arm()), arm -> new Frequencies())
                    .add(score.value() - score.baseline(), score.participants());
        }
        List<ArmDifferenceRow> rows = new ArrayList<>();
        changes.forEach((measure, arms) -> rows.add(row(measure,
                arms.getOrDefault(Arm.PATHWAY.wire(), new Frequencies()),
                arms.getOrDefault(Arm.COMPARISON.wire(), new Frequencies()))));
        return rows;
    }

    private static ArmDifferenceRow row(Measure measure, Frequencies pathway, Frequencies comparison) {
        Welch welch = Welch.of(pathway, comparison);
        SuppressedCount pathwayN = Suppression.count(pathway.n());
        SuppressedCount comparisonN = Suppression.count(comparison.n());
        SuppressedCount both = pathwayN.suppressed() ? pathwayN : comparisonN;
        return new ArmDifferenceRow(measure.instrument(), measure.score(), measure.timepoint(),
                pathwayN, Suppression.statistic(meanChange(pathway), pathwayN),
                comparisonN, Suppression.statistic(meanChange(comparison), comparisonN),
                Suppression.statistic(welch.difference(), both),
                Suppression.statistic(welch.ciLower(), both),
                Suppression.statistic(welch.ciUpper(), both),
                Suppression.statistic(welch.df(), both));
    }

    /** The mean of one arm's changes; null with none. */
    private static Double meanChange(Frequencies changes) {
        return Summary.of(changes).mean();
    }

    /** One score of one instrument at one follow-up timepoint. */
    private record Measure(String instrument, String score, String timepoint) {

        static final Comparator<Measure> ORDER = Comparator.comparing(Measure::instrument)
                .thenComparing(Measure::score)
                .thenComparing(Measure::timepoint);
    }
}
