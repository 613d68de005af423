package org.pathway.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Welch's interval against R's {@code t.test(x, y)} (R 4.x, {@code var.equal = FALSE}, the default). */
class WelchTest {

    /** R's {@code sleep}: extra hours of sleep with drug 1 and drug 2. */
    static final List<Double> SLEEP_1 = List.of(0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0);
    static final List<Double> SLEEP_2 = List.of(1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4);
    /** R's {@code mtcars$mpg} of automatic ({@code am == 0}) and manual cars, in the data set's order. */
    static final List<Double> AUTOMATIC = List.of(21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2,
            10.4, 10.4, 14.7, 21.5, 15.5, 15.2, 13.3, 19.2);
    static final List<Double> MANUAL = List.of(21.0, 21.0, 22.8, 32.4, 30.4, 33.9, 27.3, 26.0, 30.4, 15.8, 19.7,
            15.0, 21.4);

    /**
     * {@code t.test(extra ~ group, data = sleep)}: mean in group 1 0.75, in group 2 2.33, df = 17.776, 95 percent
     * confidence interval -3.3654832 0.2054832. {@code t.test(mpg ~ am, data = mtcars)}: means 17.14737 and
     * 24.39231, df = 18.332, interval -11.280194 -3.209684.
     */
    static Stream<Arguments> rResults() {
        return Stream.of(
                Arguments.of(SLEEP_1, SLEEP_2, -1.58, 17.776, -3.3654832, 0.2054832),
                Arguments.of(AUTOMATIC, MANUAL, 17.14737 - 24.39231, 18.332, -11.280194, -3.209684));
    }

    @ParameterizedTest
    @MethodSource("rResults")
    void givesRsWelchInterval(List<Double> x, List<Double> y, double difference, double df, double lower,
                              double upper) {
        Welch welch = Welch.of(Frequencies.of(x), Frequencies.of(y));

        assertThat(welch.nX()).isEqualTo(x.size());
        assertThat(welch.nY()).isEqualTo(y.size());
        assertThat(welch.difference()).isCloseTo(difference, within(1e-5));
        assertThat(welch.df()).isCloseTo(df, within(5e-4));
        assertThat(welch.ciLower()).isCloseTo(lower, within(1e-6));
        assertThat(welch.ciUpper()).isCloseTo(upper, within(1e-6));
    }

    @Test
    void swappingTheSamplesMirrorsTheInterval() {
        Welch forward = Welch.of(Frequencies.of(SLEEP_1), Frequencies.of(SLEEP_2));
        Welch backward = Welch.of(Frequencies.of(SLEEP_2), Frequencies.of(SLEEP_1));

        assertThat(backward.difference()).isCloseTo(-forward.difference(), within(1e-12));
        assertThat(backward.ciLower()).isCloseTo(-forward.ciUpper(), within(1e-9));
        assertThat(backward.df()).isCloseTo(forward.df(), within(1e-9));
    }

    @Test
    void aFrequencyTableGivesWhatTheValuesOneByOneGive() {
        Frequencies counted = new Frequencies().add(2.0, 3).add(5.0, 2);
        Welch fromCounts = Welch.of(counted, Frequencies.of(SLEEP_2));
        Welch fromValues = Welch.of(Frequencies.of(List.of(2.0, 2.0, 2.0, 5.0, 5.0)), Frequencies.of(SLEEP_2));

        assertThat(fromCounts).isEqualTo(fromValues);
    }

    @Test
    void withoutTwoValuesInEachArmThereIsNoInterval() {
        assertThat(Welch.of(new Frequencies(), Frequencies.of(SLEEP_2)))
                .isEqualTo(new Welch(0, 10, null, null, null, null));
        Welch one = Welch.of(Frequencies.of(List.of(1.0)), Frequencies.of(SLEEP_2));
        assertThat(one.difference()).isCloseTo(1.0 - 2.33, within(1e-9));
        assertThat(one.ciLower()).isNull();
        Welch noSpread = Welch.of(Frequencies.of(List.of(1.0, 1.0)), Frequencies.of(List.of(3.0, 3.0)));
        assertThat(noSpread.difference()).isEqualTo(-2.0);
        assertThat(noSpread.df()).isNull();
    }
}
