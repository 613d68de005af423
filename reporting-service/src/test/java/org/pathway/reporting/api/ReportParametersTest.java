package org.pathway.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.reporting.domain.grouping.GroupBy;

class ReportParametersTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null,       null,       null,        SITE",
            "2025-01-01, 2025-01-31, ageBand,     AGE_BAND",
            "2025-01-01, 2025-01-01, need,        NEED",
            "null,       2025-01-31, deprivation, DEPRIVATION"})
    void acceptsIsoDatesAndTheWireValuesOfGroupBy(String from, String to, String groupBy, GroupBy expected) {
        ReportParameters parameters = ReportParameters.parse(from, to, groupBy);

        assertThat(parameters.groupBy()).isEqualTo(expected);
        assertThat(parameters.from()).isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(parameters.to()).isEqualTo(to == null ? null : LocalDate.parse(to));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "01/02/2025, null,       null,     from",
            "null,       2025-02-30, null,     to",
            "null,       null,       AGE_BAND, groupBy",
            "null,       null,       colour,   groupBy",
            "2025-02-01, 2025-01-31, null,     to"})
    void refusesAnInvalidParameterByName(String from, String to, String groupBy, String field) {
        Problem problem = catchThrowableOfType(Problem.class, () -> ReportParameters.parse(from, to, groupBy));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(field);
    }
}
