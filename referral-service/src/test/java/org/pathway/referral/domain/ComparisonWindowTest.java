package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.domain.ComparisonWindow.Verdict;

class ComparisonWindowTest {

    @ParameterizedTest(name = "start {0}, registered {1} → {2}")
    @CsvSource(nullValues = "NONE", value = {
            "2027-03-01, 2027-02-28, OPEN",
            "2027-03-01, 2026-01-01, OPEN",
            "2027-03-01, 2027-03-01, PATHWAY_STARTED",
            "2027-03-01, 2027-03-02, PATHWAY_STARTED",
            "NONE,       2027-02-28, NO_PATHWAY_START_DATE",
            "NONE,       2030-01-01, NO_PATHWAY_START_DATE",
    })
    void registersOnlyBeforeTheSitesPathwayStartDate(LocalDate start, LocalDate registeredOn, Verdict expected) {
        assertThat(ComparisonWindow.of(Optional.ofNullable(start), registeredOn)).isEqualTo(expected);
    }

    @Test
    void aSiteWithoutAStartDateIsAConflictSayingSo() {
        Problem problem = catchThrowableOfType(Problem.class,
                () -> ComparisonWindow.require(Optional.empty(), LocalDate.parse("2027-01-10")));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("pathwayStartDate");
    }

    @Test
    void aRegistrationOnOrAfterTheStartDateIsInvalidNamingRegisteredOn() {
        Problem problem = catchThrowableOfType(Problem.class,
                () -> ComparisonWindow.require(Optional.of(LocalDate.parse("2027-03-01")),
                        LocalDate.parse("2027-03-01")));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("registeredOn");
            assertThat(error.message()).contains("2027-03-01");
        });
    }

    @Test
    void aRegistrationBeforeTheStartDatePasses() {
        assertThatCode(() -> ComparisonWindow.require(Optional.of(LocalDate.parse("2027-03-01")),
                LocalDate.parse("2027-02-28"))).doesNotThrowAnyException();
    }
}
