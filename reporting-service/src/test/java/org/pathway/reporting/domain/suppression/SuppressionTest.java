package org.pathway.reporting.domain.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SuppressionTest {

    private static final Integer WITHHELD = null;

    @ParameterizedTest
    @CsvSource(value = {"0, 0", "1, NULL", "2, NULL", "3, NULL", "4, NULL", "5, 5", "6, 6"}, nullValues = "NULL")
    void withholdsCountsFromOneToFourAndShowsZero(long count, Integer shown) {
        SuppressedCount cell = Suppression.count(count);

        assertThat(cell.value()).isEqualTo(shown);
        assertThat(cell.suppressed()).isEqualTo(shown == null);
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                Arguments.of("nothing small: nothing withheld",
                        List.of(5L, 9L, 0L), 14L, values(5, 9, 0)),
                Arguments.of("one small cell: the next-smallest shown cell goes too",
                        List.of(3L, 10L, 7L), 20L, values(WITHHELD, 10, WITHHELD)),
                Arguments.of("a zero cell is never the second cell",
                        List.of(3L, 0L, 8L, 12L), 23L, values(WITHHELD, 0, WITHHELD, 12)),
                Arguments.of("two small cells hide each other",
                        List.of(2L, 3L, 10L), 15L, values(WITHHELD, WITHHELD, 10)),
                Arguments.of("three small cells hide each other",
                        List.of(1L, 4L, 2L, 30L), 37L, values(WITHHELD, WITHHELD, WITHHELD, 30)),
                Arguments.of("smallest value wins over earlier position",
                        List.of(8L, 3L, 9L, 6L), 26L, values(8, WITHHELD, 9, WITHHELD)),
                Arguments.of("equal values: the first in row order goes",
                        List.of(10L, 2L, 7L, 7L), 26L, values(10, WITHHELD, WITHHELD, 7)),
                Arguments.of("equal values before the small cell: the first goes",
                        List.of(6L, 6L, 1L), 13L, values(WITHHELD, 6, WITHHELD)),
                Arguments.of("the only non-zero cell is the whole total: nothing else to withhold",
                        List.of(0L, 4L, 0L), 4L, values(0, WITHHELD, 0)),
                Arguments.of("overlapping groups (needs) add up to more than the total",
                        List.of(2L, 6L, 7L), 9L, values(WITHHELD, WITHHELD, 7)),
                Arguments.of("no groups", List.of(), 0L, values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("columns")
    void suppressesAColumnAgainstItsPublishedTotal(String description, List<Long> counts, long total,
            List<Integer> expected) {
        List<SuppressedCount> cells = Suppression.column(counts, total);

        assertThat(cells).extracting(SuppressedCount::value).containsExactlyElementsOf(expected);
        assertThat(cells).extracting(SuppressedCount::suppressed)
                .containsExactlyElementsOf(expected.stream().map(value -> value == null).toList());
    }

    @Test
    void aSingleWithheldCellCannotBeRecoveredFromTheTotal() {
        List<Long> counts = List.of(40L, 3L, 25L, 18L);
        long total = 86L;

        List<SuppressedCount> cells = Suppression.column(counts, total);

        long shown = cells.stream().filter(cell -> !cell.suppressed()).mapToLong(SuppressedCount::value).sum();
        assertThat(cells).filteredOn(SuppressedCount::suppressed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(total - shown).isGreaterThan(3L);
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "11, 10"})
    void rejectsCountsThatCannotBelongToTheTotal(long count, long total) {
        assertThatIllegalArgumentException().isThrownBy(() -> Suppression.column(List.of(count), total));
    }

    @Test
    void rejectsAMissingCount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Suppression.column(Arrays.asList(5L, null), 10));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "7, 8, 0.875",
            "5, 6, 0.833",
            "10, 10, 1.0",
            "0, 7, 0.0",
            "5, 80, 0.063",
            "20, 30, 0.667",
            "0, 0, NULL"}, nullValues = "NULL")
    void ratesShownCountsRoundedHalfUpToThreeDecimals(long numerator, long denominator, Double rate) {
        SuppressedRate result = Suppression.rate(Suppression.count(numerator), Suppression.count(denominator));

        assertThat(result.value()).isEqualTo(rate);
        assertThat(result.suppressed()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"3, 20", "20, 3", "2, 4", "0, 4"})
    void withholdsARateFromAWithheldCount(long numerator, long denominator) {
        SuppressedRate result = Suppression.rate(Suppression.count(numerator), Suppression.count(denominator));

        assertThat(result).isEqualTo(new SuppressedRate(null, true));
    }

    @Test
    void withholdsARateFromASecondarySuppressedCount() {
        List<SuppressedCount> engaged = Suppression.column(List.of(2L, 9L, 20L), 31L);
        List<SuppressedCount> connected = Suppression.column(List.of(6L, 12L, 25L), 43L);

        assertThat(Suppression.rate(engaged.get(1), connected.get(1))).isEqualTo(SuppressedRate.withheld());
        assertThat(Suppression.rate(engaged.get(2), connected.get(2))).isEqualTo(new SuppressedRate(0.8, false));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "2.34567, 7, 2.346, false",
            "-1.0005, 12, -1.001, false",
            "NULL, 7, NULL, false",
            "2.5, 3, NULL, true"}, nullValues = "NULL")
    void withholdsAStatisticOfAWithheldCount(Double value, long n, Double published, boolean suppressed) {
        assertThat(Suppression.statistic(value, Suppression.count(n))).isEqualTo(new SuppressedValue(published, suppressed));
    }

    @Test
    void aWithheldCellCarriesNoValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SuppressedCount(3, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SuppressedCount(null, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new SuppressedRate(0.5, true));
    }

    private static List<Integer> values(Integer... values) {
        return Arrays.asList(values);
    }
}
