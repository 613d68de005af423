package org.pathway.reporting.domain.uptake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedRate;
import org.pathway.reporting.domain.suppression.Suppressible;

class FunnelTest {

    private static final Integer WITHHELD = null;

    //                                                       ref acc dec con pla cnx eng sus wdr
    private static final FunnelCounts A = new FunnelCounts("A", 40, 34, 6, 30, 25, 20, 12, 7, 3);
    private static final FunnelCounts B = new FunnelCounts("B", 20, 17, 3, 15, 12, 9, 6, 2, 1);
    private static final FunnelCounts C = new FunnelCounts("C", 12, 10, 2, 9, 8, 6, 4, 0, 0);
    private static final FunnelCounts ALL = new FunnelCounts("all", 72, 61, 11, 54, 45, 35, 22, 9, 4);

    private static final FunnelTable TABLE = Funnel.table(List.of(A, B, C), ALL);

    static Stream<Arguments> columns() {
        return Stream.of(
                Arguments.of("referred", col(FunnelRow::referred), values(40, 20, 12), 72),
                // 3 and 2 hide each other
                Arguments.of("declined", col(FunnelRow::declined), values(6, WITHHELD, WITHHELD), 11),
                // 4 alone would be 22 − 12 − 6, so the next-smallest, 6, goes too
                Arguments.of("engaged", col(FunnelRow::engaged), values(12, WITHHELD, WITHHELD), 22),
                // 2 alone would be 9 − 7 − 0; the zero cannot hide it, so 7 goes
                Arguments.of("sustained", col(FunnelRow::sustained), values(WITHHELD, WITHHELD, 0), 9),
                // the total of 4 is itself withheld
                Arguments.of("withdrawn", col(FunnelRow::withdrawn), values(WITHHELD, WITHHELD, 0), WITHHELD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void suppressesEachColumnAcrossTheGroupsAgainstTheTotalRow(
            String column, Function<FunnelRow, Suppressible> cell, List<Integer> groups, Integer total) {
        assertThat(TABLE.rows()).extracting(row -> (Integer) cell.apply(row).value()).containsExactlyElementsOf(groups);
        assertThat(TABLE.rows()).extracting(row -> cell.apply(row).suppressed())
                .containsExactlyElementsOf(groups.stream().map(value -> value == null).toList());
        assertThat(cell.apply(TABLE.total())).isEqualTo(
                total == null ? SuppressedCount.withheld() : SuppressedCount.shown(total));
    }

    @Test
    void keepsTheGroupsInTheirOrderAndTheTotalApart() {
        assertThat(TABLE.rows()).extracting(FunnelRow::group).containsExactly("A", "B", "C");
        assertThat(TABLE.total().group()).isEqualTo("all");
    }

    static Stream<Arguments> rates() {
        return Stream.of(
                // accepted / referred = 34 / 40; placed / accepted = 25 / 34 = 0.7353; connected / placed = 20 / 25;
                // engaged / connected = 12 / 20
                Arguments.of("A", row("A"), rate(0.85), rate(0.735), rate(0.8), rate(0.6)),
                // 17 / 20; 12 / 17 = 0.7059; 9 / 12; engaged withheld (secondary)
                Arguments.of("B", row("B"), rate(0.85), rate(0.706), rate(0.75), SuppressedRate.withheld()),
                // 10 / 12 = 0.8333; 8 / 10; 6 / 8; engaged withheld (primary)
                Arguments.of("C", row("C"), rate(0.833), rate(0.8), rate(0.75), SuppressedRate.withheld()),
                // 61 / 72 = 0.8472; 45 / 61 = 0.7377; 35 / 45 = 0.7778; 22 / 35 = 0.6286
                Arguments.of("all", TABLE.total(), rate(0.847), rate(0.738), rate(0.778), rate(0.629)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rates")
    void ratesEachStageAgainstThePreviousOneAndWithholdRatesOfWithheldCounts(String group, FunnelRow row,
            SuppressedRate acceptance, SuppressedRate placement, SuppressedRate connection, SuppressedRate engagement) {
        assertThat(row.acceptanceRate()).isEqualTo(acceptance);
        assertThat(row.placementRate()).isEqualTo(placement);
        assertThat(row.connectionRate()).isEqualTo(connection);
        assertThat(row.engagementRate()).isEqualTo(engagement);
    }

    private static FunnelRow row(String group) {
        return TABLE.rows().stream().filter(row -> row.group().equals(group)).findFirst().orElseThrow();
    }

    private static SuppressedRate rate(double value) {
        return new SuppressedRate(value, false);
    }

    private static Function<FunnelRow, Suppressible> col(Function<FunnelRow, Suppressible> cell) {
        return cell;
    }

    private static List<Integer> values(Integer... values) {
        return Arrays.asList(values);
    }
}
