package org.pathway.engagement.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;

class OutcomeRequestValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final List<Integer> ONS4_ITEMS = List.of(7, 8, 6, 3);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                        | instrument | timepoint | dateOffset | items      | field       | message
        missing instrument            |            | baseline  | 0          | 7 8 6 3    | instrument  | is required
        unknown instrument            | PHQ9       | baseline  | 0          | 7 8 6 3    | instrument  | must be one of SWEMWBS, RCADS25, ONS4
        missing timepoint             | ONS4       |           | 0          | 7 8 6 3    | timepoint   | is required
        unknown timepoint             | ONS4       | 12m       | 0          | 7 8 6 3    | timepoint   | must be one of baseline, 3m, 6m
        missing completion date       | ONS4       | 3m        |            | 7 8 6 3    | completedAt | is required
        completed tomorrow            | ONS4       | 3m        | 1          | 7 8 6 3    | completedAt | must not be in the future
        too few items                 | ONS4       | 6m        | 0          | 7 8 6      | items       | ONS4 needs exactly 4 items
        item out of range             | ONS4       | 6m        | 0          | 7 8 6 11   | items[3]    | must be between 0 and 10
        items missing, instrument too | PHQ9       | 6m        | 0          | none       | items       | is required
        """)
    void reportsTheOffendingField(String name, String instrument, String timepoint, Integer dateOffset, String items,
                                  String field, String message) {
        OutcomeRequest request = new OutcomeRequest(instrument, timepoint,
                dateOffset == null ? null : TODAY.plusDays(dateOffset), parse(items));
        assertThat(OutcomeRequestValidator.validate(request, TODAY)).contains(new FieldError(field, message));
        assertThat(OutcomeRequestValidator.validate(request, TODAY)).hasSize(name.contains("instrument too") ? 2 : 1);
    }

    @ParameterizedTest
    @CsvSource({"SWEMWBS, baseline, 3 3 3 3 3 3 3", "ONS4, 3m, 0 10 5 5",
        "RCADS25, 6m, 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 0"})
    void acceptsCompleteMeasures(String instrument, String timepoint, String items) {
        assertThat(OutcomeRequestValidator.validate(new OutcomeRequest(instrument, timepoint, TODAY, parse(items)),
                TODAY)).isEmpty();
    }

    @Test
    void checksItemsAgainstTheNamedInstrument() {
        assertThat(OutcomeRequestValidator.validate(new OutcomeRequest("SWEMWBS", "baseline", TODAY, ONS4_ITEMS),
                TODAY)).containsExactly(new FieldError("items", "SWEMWBS needs exactly 7 items"));
    }

    private static List<Integer> parse(String items) {
        if (items == null || items.equals("none")) {
            return null;
        }
        return Arrays.stream(items.split("\\s+")).map(Integer::valueOf).toList();
    }
}
