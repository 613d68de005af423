package org.pathway.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuantilesTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                // n = 4, h = 3p: p25 h = 0.75 → 1 + 0.75·(2 − 1) = 1.75; median h = 1.5 → 2 + 0.5·(3 − 2) = 2.5;
                // p75 h = 2.25 → 3 + 0.25·(4 − 3) = 3.25 (R: quantile(1:4))
                Arguments.of(List.of(1.0, 2.0, 3.0, 4.0), 1.75, 2.5, 3.25),
                // unsorted, sorted 1, 3, 7; h = 2p: p25 h = 0.5 → 1 + 0.5·2 = 2; median x[1] = 3; p75 h = 1.5 → 3 + 0.5·4 = 5
                Arguments.of(List.of(7.0, 1.0, 3.0), 2.0, 3.0, 5.0),
                // n = 10, h = 9p: p25 h = 2.25 → 7 + 0.25·(8 − 7) = 7.25; median h = 4.5 → 8 + 0.5·(10 − 8) = 9;
                // p75 h = 6.75 → 13 + 0.75·(15 − 13) = 14.5
                Arguments.of(List.of(20.0, 3.0, 6.0, 7.0, 8.0, 8.0, 10.0, 13.0, 15.0, 16.0), 7.25, 9.0, 14.5),
                // one value is every quantile
                Arguments.of(List.of(5.0), 5.0, 5.0, 5.0),
                // two values: h = p → interpolate a quarter, half and three quarters of the way from 0 to 8
                Arguments.of(List.of(8.0, 0.0), 2.0, 4.0, 6.0));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void interpolatesBetweenOrderStatisticsLikeRType7(List<Double> values, double p25, double median, double p75) {
        Quantiles quantiles = Quantiles.of(values);

        assertThat(quantiles.n()).isEqualTo(values.size());
        assertThat(quantiles.p25()).isCloseTo(p25, within(1e-12));
        assertThat(quantiles.median()).isCloseTo(median, within(1e-12));
        assertThat(quantiles.p75()).isCloseTo(p75, within(1e-12));
    }

    @Test
    void hasNoQuantilesOfNothing() {
        assertThat(Quantiles.of(List.of())).isEqualTo(new Quantiles(0, null, null, null));
    }

    @Test
    void rejectsMissingOrNonFiniteValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantiles.of(Arrays.asList(1.0, null)));
        assertThatIllegalArgumentException().isThrownBy(() -> Quantiles.of(List.of(1.0, Double.NaN)));
        assertThatIllegalArgumentException().isThrownBy(() -> Quantiles.of((List<Double>) null));
    }
}
