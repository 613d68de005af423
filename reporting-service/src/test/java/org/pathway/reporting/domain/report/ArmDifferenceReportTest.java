package org.pathway.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.reporting.domain.statistics.Frequencies;
import org.pathway.reporting.domain.statistics.Welch;
import org.pathway.reporting.domain.suppression.SuppressedCount;

class ArmDifferenceReportTest {

    /** R's sleep data as changes from a baseline of 10: pathway arm group 2, comparison group 1. */
    private static final double[] PATHWAY = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    private static final double[] COMPARISON = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};

    @Test
    void eachArmsMeanChangeAndTheirDifferenceWithWelchsInterval() {
        List<OutcomeScore> scores = new ArrayList<>();
        add(scores, "pathway", "3m", PATHWAY);
        add(scores, "comparison", "3m", COMPARISON);
        // baseline rows, and follow-ups without a baseline, are not changes
        scores.add(new OutcomeScore(Participants.inArm("pathway"), "SWEMWBS", "baseline", "metricScore", 10, null, 7));
        scores.add(new OutcomeScore(Participants.inArm("comparison"), "SWEMWBS", "3m", "metricScore", 30, null, 3));

        List<ArmDifferenceRow> rows = ArmDifferenceReport.of(scores);

        assertThat(rows).hasSize(1);
        ArmDifferenceRow row = rows.get(0);
        assertThat(row.timepoint()).isEqualTo("3m");
        assertThat(row.pathwayN()).isEqualTo(SuppressedCount.shown(10));
        assertThat(row.comparisonN()).isEqualTo(SuppressedCount.shown(10));
        assertThat(row.pathwayMeanChange().value()).isEqualTo(2.33);
        assertThat(row.comparisonMeanChange().value()).isEqualTo(0.75);
        // t.test(extra ~ group, data = sleep) the other way round: 95% CI -0.2054832 3.3654832, df 17.776
        assertThat(row.difference().value()).isEqualTo(1.58);
        assertThat(row.differenceCiLower().value()).isEqualTo(-0.205);
        assertThat(row.differenceCiUpper().value()).isEqualTo(3.365);
        assertThat(row.welchDf().value()).isCloseTo(17.776, within(0.0005));
    }

    @Test
    void anArmOfOneToFourWithholdsItsNAndEverythingDerived() {
        List<OutcomeScore> scores = new ArrayList<>();
        add(scores, "pathway", "6m", PATHWAY);
        add(scores, "comparison", "6m", new double[] {1, 2, 3, 4});

        ArmDifferenceRow row = ArmDifferenceReport.of(scores).get(0);

        assertThat(row.pathwayN()).isEqualTo(SuppressedCount.shown(10));
        assertThat(row.pathwayMeanChange().value()).isEqualTo(2.33);
        assertThat(row.comparisonN().suppressed()).isTrue();
        assertThat(row.comparisonMeanChange().suppressed()).isTrue();
        assertThat(List.of(row.difference(), row.differenceCiLower(), row.differenceCiUpper(), row.welchDf()))
                .allSatisfy(value -> assertThat(value.suppressed()).isTrue());
    }

    @Test
    void anArmWithNoOneShowsZeroAndNoDifference() {
        List<OutcomeScore> scores = new ArrayList<>();
        add(scores, "pathway", "3m", PATHWAY);

        ArmDifferenceRow row = ArmDifferenceReport.of(scores).get(0);

        assertThat(row.comparisonN()).isEqualTo(SuppressedCount.shown(0));
        assertThat(row.difference().suppressed()).isFalse();
        assertThat(row.difference().value()).isNull();
    }

    @Test
    void alikeParticipantsCountAsManyAsTheyStandFor() {
        List<OutcomeScore> alike = List.of(
                new OutcomeScore(Participants.inArm("pathway"), "ONS4", "6m", "happiness", 8, 5.0, 6),
                new OutcomeScore(Participants.inArm("comparison"), "ONS4", "6m", "happiness", 6, 5.0, 5),
                new OutcomeScore(Participants.inArm("comparison"), "ONS4", "6m", "happiness", 4, 5.0, 2));

        ArmDifferenceRow row = ArmDifferenceReport.of(alike).get(0);

        Welch expected = Welch.of(new Frequencies().add(3.0, 6), new Frequencies().add(1.0, 5).add(-1.0, 2));
        assertThat(row.pathwayN().value()).isEqualTo(6);
        assertThat(row.comparisonN().value()).isEqualTo(7);
        assertThat(row.difference().value()).isCloseTo(expected.difference(), within(0.0005));
        assertThat(row.differenceCiLower().value()).isCloseTo(expected.ciLower(), within(0.0005));
    }

    private static void add(List<OutcomeScore> scores, String arm, String timepoint, double[] changes) {
        for (double change : changes) {
            scores.add(new OutcomeScore(Participants.inArm(arm), "SWEMWBS", timepoint, "metricScore", 10 + change,
                    10.0, 1));
        }
    }
}
