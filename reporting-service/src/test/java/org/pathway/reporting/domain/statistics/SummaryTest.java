package org.pathway.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SummaryTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                // mean 40 / 8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; variance 32 / 7; sd √4.5714 = 2.13809
                Arguments.of(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0), 5.0, 2.138089935),
                // mean 15; squared deviations 25 + 25 = 50; variance 50 / 1; sd 7.07107
                Arguments.of(List.of(10.0, 20.0), 15.0, 7.071067812),
                // all equal: no spread
                Arguments.of(List.of(3.5, 3.5, 3.5), 3.5, 0.0),
                // SWEMWBS-sized values far from zero: mean 1e9 + 2; squared deviations 4+1+0+1+4 = 10; sd √2.5
                Arguments.of(List.of(1e9, 1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4), 1e9 + 2, 1.58113883));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void computesMeanAndSampleStandardDeviation(List<Double> values, double mean, double sd) {
        Summary summary = Summary.of(values);

        assertThat(summary.n()).isEqualTo(values.size());
        assertThat(summary.mean()).isCloseTo(mean, within(1e-6));
        assertThat(summary.sd()).isCloseTo(sd, within(1e-6));
    }

    static Stream<Arguments> tooSmall() {
        return Stream.of(
                Arguments.of(List.of(), new Summary(0, null, null)),
                Arguments.of(List.of(21.5), new Summary(1, 21.5, null)));
    }

    @ParameterizedTest
    @MethodSource("tooSmall")
    void leavesUndefinedStatisticsNull(List<Double> values, Summary expected) {
        assertThat(Summary.of(values)).isEqualTo(expected);
    }
}
