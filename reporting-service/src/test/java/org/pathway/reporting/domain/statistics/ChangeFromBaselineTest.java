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

class ChangeFromBaselineTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                // changes 2, 3, 1, 4, 3: mean 13 / 5 = 2.6; squared deviations .36+.16+2.56+1.96+.16 = 5.2;
                // sd √(5.2 / 4) = 1.140175; se = sd / √5 = 0.509902; t(0.975, 4) = 2.776445;
                // half-width 1.415715 → CI 1.184285 to 4.015715
                Arguments.of(List.of(pair(10, 12), pair(11, 14), pair(9, 10), pair(12, 16), pair(8, 11)),
                        2.6, 1.184285, 4.015715),
                // changes −4, −2: mean −3; sd √((1 + 1) / 1) = 1.414214; se = 1; t(0.975, 1) = 12.706205;
                // CI −3 ± 12.706205
                Arguments.of(List.of(pair(30, 26), pair(28, 26)), -3.0, -15.706205, 9.706205),
                // identical changes of 1.5: sd 0, so the interval collapses onto the mean
                Arguments.of(List.of(pair(20, 21.5), pair(22, 23.5), pair(18, 19.5)), 1.5, 1.5, 1.5));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void meanChangeWithStudentTConfidenceInterval(List<double[]> pairs, double mean, double lower, double upper) {
        ChangeFromBaseline change = ChangeFromBaseline.of(pairs);

        assertThat(change.n()).isEqualTo(pairs.size());
        assertThat(change.meanChange()).isCloseTo(mean, within(1e-6));
        assertThat(change.ciLower()).isCloseTo(lower, within(1e-5));
        assertThat(change.ciUpper()).isCloseTo(upper, within(1e-5));
    }

    static Stream<Arguments> tooFew() {
        return Stream.of(
                Arguments.of(List.of(), new ChangeFromBaseline(0, null, null, null)),
                Arguments.of(List.<double[]>of(pair(14, 17)), new ChangeFromBaseline(1, 3.0, null, null)));
    }

    @ParameterizedTest
    @MethodSource("tooFew")
    void hasNoIntervalBelowTwoParticipants(List<double[]> pairs, ChangeFromBaseline expected) {
        assertThat(ChangeFromBaseline.of(pairs)).isEqualTo(expected);
    }

    @Test
    void rejectsAPairThatIsNotABaselineAndAFollowUp() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChangeFromBaseline.of(List.of(new double[] {1})));
        assertThatIllegalArgumentException().isThrownBy(() -> ChangeFromBaseline.of(List.of(pair(1, Double.NaN))));
        assertThatIllegalArgumentException().isThrownBy(() -> ChangeFromBaseline.of(Arrays.asList(pair(1, 2), null)));
    }

    private static double[] pair(double baseline, double followUp) {
        return new double[] {baseline, followUp};
    }
}
