package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.WithdrawalScope;

class ArmGroundTruthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate REGISTERED = LocalDate.of(2025, 6, 2);
    private static final List<Integer> ONS4 = List.of(5, 5, 5, 5);

    /**
     * Comparison: seven registered 2025-06-02, six with baseline on day 2, 3 months on day 95 (in the window of day
     * 91 ± 21) and 6 months late (day 210, after 182 + 21); one with a baseline only, one erased. Pathway: five
     * accepted 100 days ago as referral-service stamped it, with a baseline a year earlier (before its window) and
     * nothing at 3 months (due 9 days ago).
     */
    @Test
    void retentionCountsEachArmFromTheDayItEnteredTheStudy() {
        List<Track> site = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            site.add(comparison().outcome("ONS4", "baseline", ONS4, REGISTERED.plusDays(2))
                    .outcome("ONS4", "3m", ONS4, REGISTERED.plusDays(95))
                    .outcome("ONS4", "6m", ONS4, REGISTERED.plusDays(210)));
        }
        site.add(comparison().outcome("ONS4", "baseline", ONS4, REGISTERED));
        site.add(comparison().withdrew(WithdrawalScope.ALL, TODAY));
        for (int i = 0; i < 5; i++) {
            site.add(pathway(TODAY.minusDays(100)).outcome("ONS4", "baseline", ONS4, TODAY.minusDays(465)));
        }

        Map<String, Figure> figures = byName(ArmGroundTruth.figures(site, 21, TODAY));

        assertRow(figures, "comparison/baseline", 7L, 7L, 0L, 0L, 0L, 1.0);
        assertRow(figures, "comparison/3m", 7L, 6L, 0L, 1L, 0L, 0.857);
        assertRow(figures, "comparison/6m", 7L, 0L, 6L, 1L, 0L, 0.0);
        assertRow(figures, "pathway/baseline", 5L, 0L, 0L, 5L, 0L, 0.0);
        assertRow(figures, "pathway/3m", 5L, 0L, 0L, 5L, 0L, 0.0);
        assertRow(figures, "pathway/6m", 0L, 0L, 0L, 0L, 0L, null);
        // one comparison participant missing at 3 months is withheld, and with it the pathway arm's missing
        assertThat(figures.get("comparison/3m missing").withheld()).isTrue();
        assertThat(figures.get("pathway/3m missing").withheld()).isTrue();
        assertThat(figures.get("pathway/baseline missing").withheld()).isFalse();
        // at 6 months the pathway arm's missing is zero: nothing else to withhold
        assertThat(figures.get("comparison/6m missing").withheld()).isTrue();
        assertThat(figures.get("pathway/6m missing").withheld()).isFalse();
    }

    @Test
    void aWithdrawalBeforeTheDueDateCountsAsWithdrawnNotDue() {
        List<Track> site = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            site.add(comparison().outcome("ONS4", "baseline", ONS4, REGISTERED)
                    .withdrew(WithdrawalScope.FUTURE, REGISTERED.plusDays(50)));
        }

        Map<String, Figure> figures = byName(ArmGroundTruth.figures(site, 21, TODAY));

        assertRow(figures, "comparison/baseline", 5L, 5L, 0L, 0L, 0L, 1.0);
        assertRow(figures, "comparison/3m", 0L, 0L, 0L, 0L, 5L, null);
    }

    /**
     * ONS4 life satisfaction changes 1, 2, 3, 4, 5 in the pathway arm and 2, 4, 6, 8, 10 in the comparison arm:
     * means 3 and 6, difference −3, se² = 2.5/5 + 10/5 = 2.5, Welch–Satterthwaite df = 2.5² / (0.5²/4 + 2²/4) = 100/17.
     */
    @Test
    void theDifferenceIsPathwayMinusComparisonWithWelchsInterval() {
        List<Track> site = new ArrayList<>();
        for (int change = 1; change <= 5; change++) {
            site.add(pathway(TODAY).outcome("ONS4", "baseline", ONS4, REGISTERED)
                    .outcome("ONS4", "3m", List.of(5 + change, 5, 5, 5), REGISTERED.plusDays(91)));
            site.add(comparison().outcome("ONS4", "baseline", List.of(0, 5, 5, 5), REGISTERED)
                    .outcome("ONS4", "3m", List.of(2 * change, 5, 5, 5), REGISTERED.plusDays(91)));
        }

        Map<String, Figure> figures = byName(ArmGroundTruth.figures(site, 21, TODAY));

        String measure = "ONS4/lifeSatisfaction/3m ";
        assertThat(figures.get(measure + "pathwayN").truth()).isEqualTo(5L);
        assertThat(figures.get(measure + "comparisonN").truth()).isEqualTo(5L);
        assertThat(figures.get(measure + "pathwayMeanChange").truth()).isEqualTo(3.0);
        assertThat(figures.get(measure + "comparisonMeanChange").truth()).isEqualTo(6.0);
        assertThat(figures.get(measure + "difference").truth()).isEqualTo(-3.0);
        double vx = 2.5 / 5;
        double vy = 10.0 / 5;
        assertThat(figures.get(measure + "welchDf").truth().doubleValue()).isCloseTo(100.0 / 17, within(0.0006));
        double lower = figures.get(measure + "differenceCiLower").truth().doubleValue();
        double upper = figures.get(measure + "differenceCiUpper").truth().doubleValue();
        assertThat((lower + upper) / 2).isCloseTo(-3.0, within(0.001));
        // the t quantile at df 5.88 lies between t(0.975, 6) = 2.447 and t(0.975, 5) = 2.571
        assertThat((upper - lower) / 2 / Math.sqrt(vx + vy)).isBetween(2.447, 2.571);
        // happiness did not change: no spread in either arm, no interval
        assertThat(figures.get("ONS4/happiness/3m difference").truth()).isEqualTo(0.0);
        assertThat(figures.get("ONS4/happiness/3m differenceCiLower").truth()).isNull();
    }

    @Test
    void anArmOfOneToFourWithholdsTheDifference() {
        List<Track> site = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            site.add(comparison().outcome("ONS4", "baseline", ONS4, REGISTERED)
                    .outcome("ONS4", "6m", List.of(6, 5, 5, 5), REGISTERED.plusDays(182)));
        }

        Map<String, Figure> figures = byName(ArmGroundTruth.figures(site, 21, TODAY));

        assertThat(figures.get("ONS4/worthwhile/6m comparisonN").withheld()).isTrue();
        assertThat(figures.get("ONS4/worthwhile/6m pathwayN").truth()).isEqualTo(0L);
        assertThat(figures.get("ONS4/worthwhile/6m difference").withheld()).isTrue();
    }

    private static Track comparison() {
        return Track.comparison("north-london", REGISTERED).referred("r", "P-c", PersonPlan.ACCEPTED, null)
                .acceptedOn(TODAY);
    }

    private static Track pathway(LocalDate acceptedOn) {
        return Track.of("north-london", REGISTERED).referred("r", "P-p", PersonPlan.ACCEPTED, null)
                .acceptedOn(acceptedOn);
    }

    private static void assertRow(Map<String, Figure> figures, String row, Long due, Long inWindow, Long late,
                                  Long missing, Long withdrawn, Double rate) {
        assertThat(figures.get(row + " due").truth()).as(row + " due").isEqualTo(due);
        assertThat(figures.get(row + " inWindow").truth()).as(row + " inWindow").isEqualTo(inWindow);
        assertThat(figures.get(row + " late").truth()).as(row + " late").isEqualTo(late);
        assertThat(figures.get(row + " missing").truth()).as(row + " missing").isEqualTo(missing);
        assertThat(figures.get(row + " withdrawnBeforeDue").truth()).as(row + " withdrawn").isEqualTo(withdrawn);
        assertThat(figures.get(row + " inWindowRate").truth()).as(row + " rate").isEqualTo(rate);
    }

    private static Map<String, Figure> byName(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::name, Function.identity()));
    }
}
