package org.pathway.engagement.domain.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;

class ScoringTest {

    /** Warwick SWEMWBS raw-to-metric conversion table, every row. */
    @ParameterizedTest(name = "raw {0} -> metric {1}")
    @CsvSource({
        "7, 7.00", "8, 9.51", "9, 11.25", "10, 12.40", "11, 13.33", "12, 14.08", "13, 14.75", "14, 15.32",
        "15, 15.84", "16, 16.36", "17, 16.88", "18, 17.43", "19, 17.98", "20, 18.59", "21, 19.25",
        "22, 19.98", "23, 20.73", "24, 21.54", "25, 22.35", "26, 23.21", "27, 24.11", "28, 25.03",
        "29, 26.02", "30, 27.03", "31, 28.13", "32, 29.31", "33, 30.70", "34, 32.55", "35, 35.00"
    })
    void convertsSwemwbsRawTotalToMetricScore(int raw, double metric) {
        assertThat(Scoring.score(Instrument.SWEMWBS, swemwbsItemsSummingTo(raw)))
                .containsExactly(entry("rawTotal", (double) raw), entry("metricScore", metric));
    }

    @Test
    void scoresSwemwbsByTheSumWhateverTheItemOrder() {
        assertThat(Scoring.score(Instrument.SWEMWBS, List.of(5, 1, 4, 2, 3, 3, 3)))
                .containsEntry("rawTotal", 21.0).containsEntry("metricScore", 19.25);
    }

    /** RCADS-25 item-to-subscale mapping (Ebesutani et al. 2012): D = depression, A = anxiety. */
    @ParameterizedTest(name = "item {0} is {1}")
    @CsvSource({
        "1, D", "2, A", "3, A", "4, D", "5, A", "6, A", "7, A", "8, D", "9, A", "10, D", "11, A", "12, A",
        "13, D", "14, A", "15, D", "16, D", "17, A", "18, A", "19, D", "20, A", "21, D", "22, A", "23, A",
        "24, D", "25, A"
    })
    void assignsEachRcadsItemToItsSubscale(int itemNumber, char subscale) {
        List<Integer> items = new ArrayList<>(Collections.nCopies(25, 0));
        items.set(itemNumber - 1, 2);
        assertThat(Scoring.score(Instrument.RCADS25, items)).containsExactly(
                entry("anxiety", subscale == 'A' ? 2.0 : 0.0),
                entry("depression", subscale == 'D' ? 2.0 : 0.0),
                entry("total", 2.0));
    }

    @ParameterizedTest(name = "all items {0}")
    @CsvSource({"0, 0, 0, 0", "1, 15, 10, 25", "3, 45, 30, 75"})
    void rcadsSubscalesSpanTheirRanges(int each, double anxiety, double depression, double total) {
        assertThat(Scoring.score(Instrument.RCADS25, Collections.nCopies(25, each))).containsExactly(
                entry("anxiety", anxiety), entry("depression", depression), entry("total", total));
    }

    @Test
    void mapsOns4ItemsToTheirQuestions() {
        assertThat(Scoring.score(Instrument.ONS4, List.of(7, 8, 6, 3))).containsExactly(
                entry("lifeSatisfaction", 7.0), entry("worthwhile", 8.0), entry("happiness", 6.0),
                entry("anxiety", 3.0));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # instrument | items (- = null)                                    | field    | message
        SWEMWBS      | 1 2 3 4 5 1                                         | items    | SWEMWBS needs exactly 7 items
        SWEMWBS      | 1 2 3 4 5 1 2 3                                     | items    | SWEMWBS needs exactly 7 items
        SWEMWBS      |                                                     | items    | SWEMWBS needs exactly 7 items
        SWEMWBS      | 1 2 0 4 5 1 2                                       | items[2] | must be between 1 and 5
        SWEMWBS      | 1 2 3 4 5 1 6                                       | items[6] | must be between 1 and 5
        SWEMWBS      | 1 - 3 4 5 1 2                                       | items[1] | is required
        RCADS25      | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0     | items    | RCADS25 needs exactly 25 items
        RCADS25      | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 4   | items[24]| must be between 0 and 3
        RCADS25      | -1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0  | items[0] | must be between 0 and 3
        ONS4         | 0 10 11 5                                           | items[2] | must be between 0 and 10
        ONS4         | 0 10 5                                              | items    | ONS4 needs exactly 4 items
        """)
    void reportsTheOffendingItem(Instrument instrument, String items, String field, String message) {
        assertThat(Scoring.validate(instrument, parse(items))).containsExactly(new FieldError(field.strip(), message));
    }

    @Test
    void reportsMissingItems() {
        assertThat(Scoring.validate(Instrument.ONS4, null)).containsExactly(new FieldError("items", "is required"));
    }

    @Test
    void reportsEveryBadItemAtOnce() {
        assertThat(Scoring.validate(Instrument.ONS4, Arrays.asList(-1, 5, null, 11)))
                .extracting(FieldError::field).containsExactly("items[0]", "items[2]", "items[3]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        SWEMWBS | 1 1 1 1 1 1 1
        SWEMWBS | 5 5 5 5 5 5 5
        RCADS25 | 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 0
        ONS4    | 0 0 10 10
        """)
    void acceptsAnswersWithinRange(Instrument instrument, String items) {
        assertThat(Scoring.validate(instrument, parse(items))).isEmpty();
    }

    @Test
    void refusesToScoreInvalidItems() {
        assertThatThrownBy(() -> Scoring.score(Instrument.SWEMWBS, List.of(1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"SWEMWBS, 7, 1, 5", "RCADS25, 25, 0, 3", "ONS4, 4, 0, 10"})
    void describesEachInstrument(String wire, int count, int min, int max) {
        Instrument instrument = Instrument.fromWire(wire).orElseThrow();
        assertThat(List.of(instrument.itemCount(), instrument.minItemScore(), instrument.maxItemScore()))
                .containsExactly(count, min, max);
    }

    @ParameterizedTest
    @CsvSource({"baseline, BASELINE", "3m, THREE_MONTHS", "6m, SIX_MONTHS", "3M,", "12m,", "BASELINE,"})
    void readsTimepointsFromWireValues(String wire, Timepoint expected) {
        assertThat(Timepoint.fromWire(wire).orElse(null)).isEqualTo(expected);
        if (expected != null) {
            assertThat(expected.wire()).isEqualTo(wire);
        }
    }

    @ParameterizedTest
    @CsvSource({"swemwbs", "RCADS-25", "ONS-4", "''"})
    void readsInstrumentsOnlyFromExactNames(String wire) {
        assertThat(Instrument.fromWire(wire)).isEmpty();
    }

    private static List<Integer> swemwbsItemsSummingTo(int raw) {
        List<Integer> items = new ArrayList<>(Collections.nCopies(7, 1));
        int extra = raw - 7;
        for (int i = 0; i < items.size() && extra > 0; i++) {
            int add = Math.min(4, extra);
            items.set(i, 1 + add);
            extra -= add;
        }
        return items;
    }

    private static List<Integer> parse(String items) {
        if (items == null) {
            return List.of();
        }
        return Arrays.stream(items.strip().split("\\s+"))
                .map(s -> s.equals("-") ? null : Integer.valueOf(s))
                .toList();
    }
}
