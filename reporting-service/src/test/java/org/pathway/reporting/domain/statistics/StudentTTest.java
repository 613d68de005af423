package org.pathway.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    @ParameterizedTest
    @CsvSource({
            "0.975, 1, 12.706",
            "0.975, 2, 4.303",
            "0.975, 3, 3.182",
            "0.975, 4, 2.776",
            "0.975, 5, 2.571",
            "0.975, 10, 2.228",
            "0.975, 29, 2.045",
            "0.975, 30, 2.042",
            "0.975, 31, 2.040",
            "0.975, 100, 1.984",
            "0.975, 1000, 1.962",
            "0.975, 100000, 1.960",
            "0.95, 10, 1.812",
            "0.995, 3, 5.841",
            "0.9, 1, 3.078"})
    void matchesPublishedQuantiles(double p, int df, double t) {
        assertThat(StudentT.quantile(p, df)).isCloseTo(t, within(1e-3));
    }

    @ParameterizedTest
    @CsvSource({"0.975, 1", "0.975, 7", "0.8, 12", "0.999, 2", "0.6, 45"})
    void isSymmetricAboutZero(double p, int df) {
        assertThat(StudentT.quantile(1 - p, df)).isCloseTo(-StudentT.quantile(p, df), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0.975, 1", "0.975, 6", "0.9, 9", "0.7, 40", "0.999, 3", "0.05, 15"})
    void quantileInvertsTheDistributionFunction(double p, int df) {
        assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({
            // df 1 is the Cauchy distribution: P(T ≤ 1) = 1/2 + atan(1)/π = 0.75
            "1.0, 1, 0.75",
            // df 2 has P(T ≤ t) = 1/2 + t / (2√(2 + t²)); t = 1 → 1/2 + 1/(2√3) = 0.788675
            "1.0, 2, 0.788675",
            "0.0, 9, 0.5",
            "-1.0, 1, 0.25"})
    void distributionFunctionMatchesClosedForms(double t, int df, double p) {
        assertThat(StudentT.cdf(t, df)).isCloseTo(p, within(1e-6));
    }

    @Test
    void hasTheMedianAtZero() {
        assertThat(StudentT.quantile(0.5, 4)).isCloseTo(0.0, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0.0, 5", "1.0, 5", "-0.1, 5", "0.975, 0"})
    void rejectsProbabilitiesOutsideTheOpenIntervalAndNonPositiveDegreesOfFreedom(double p, int df) {
        assertThatIllegalArgumentException().isThrownBy(() -> StudentT.quantile(p, df));
    }
}
