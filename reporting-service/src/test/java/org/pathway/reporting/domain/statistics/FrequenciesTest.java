package org.pathway.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A frequency table gives the figures of the sample written out value by value. */
class FrequenciesTest {

    @Test
    void quartilesOfCountedValuesAreThoseOfTheSampleWrittenOut() {
        // 1 ×3, 4 ×1, 10 ×2: the sample 1 1 1 4 10 10, n = 6
        Frequencies counted = new Frequencies().add(10, 2).add(1, 3).add(4, 1);

        // p25 h = 1.25 → 1; median h = 2.5 → 1 + 0.5·(4 − 1) = 2.5; p75 h = 3.75 → 4 + 0.75·(10 − 4) = 8.5
        assertThat(Quantiles.of(counted)).isEqualTo(new Quantiles(6, 1.0, 2.5, 8.5));
        assertThat(Quantiles.of(List.of(1.0, 1.0, 1.0, 4.0, 10.0, 10.0))).isEqualTo(new Quantiles(6, 1.0, 2.5, 8.5));
    }

    @Test
    void aValueAddedTwiceCountsTwice() {
        Frequencies twice = new Frequencies().add(7, 2).add(7, 3).add(9, 1);

        assertThat(twice.n()).isEqualTo(6);
        assertThat(Quantiles.of(twice).p75()).isEqualTo(7.0);
    }

    /** Seeded samples of whole numbers, as the reports count days and sessions, in random order and counts. */
    @Test
    void randomSamplesGiveTheSameFiguresCountedAsWrittenOut() {
        Random random = new Random(20261201L);
        for (int sample = 0; sample < 200; sample++) {
            Frequencies counted = new Frequencies();
            List<Double> writtenOut = new ArrayList<>();
            int distinct = 1 + random.nextInt(30);
            for (int i = 0; i < distinct; i++) {
                double value = random.nextInt(120) - 10;
                int count = 1 + random.nextInt(i % 3 == 0 ? 500 : 5);
                counted.add(value, count);
                writtenOut.addAll(Collections.nCopies(count, value));
            }
            Collections.shuffle(writtenOut, random);

            assertThat(Quantiles.of(counted)).isEqualTo(Quantiles.of(writtenOut));
            Summary fromCounts = Summary.of(counted);
            Summary fromValues = Summary.of(writtenOut);
            assertThat(fromCounts.n()).isEqualTo(fromValues.n());
            assertThat(fromCounts.mean()).isEqualTo(fromValues.mean());
            ChangeFromBaseline changeFromCounts = ChangeFromBaseline.of(counted);
            ChangeFromBaseline changeFromPairs = ChangeFromBaseline.of(
                    writtenOut.stream().map(change -> new double[] {20.0, 20.0 + change}).toList());
            assertThat(changeFromCounts.n()).isEqualTo(changeFromPairs.n());
            assertThat(changeFromCounts.meanChange()).isCloseTo(changeFromPairs.meanChange(), within(1e-9));
            if (changeFromPairs.ciLower() != null) {
                assertThat(changeFromCounts.ciLower()).isCloseTo(changeFromPairs.ciLower(), within(1e-9));
                assertThat(changeFromCounts.ciUpper()).isCloseTo(changeFromPairs.ciUpper(), within(1e-9));
            }
            if (fromValues.sd() == null) {
                assertThat(fromCounts.sd()).isNull();
            } else {
                assertThat(fromCounts.sd()).isCloseTo(fromValues.sd(), within(1e-9 * (1 + fromValues.sd())));
            }
        }
    }

    @Test
    void anEmptyTableHasNoFigures() {
        assertThat(Quantiles.of(new Frequencies())).isEqualTo(new Quantiles(0, null, null, null));
        assertThat(Summary.of(new Frequencies())).isEqualTo(new Summary(0, null, null));
    }

    @Test
    void refusesNonFiniteValuesAndCountsBelowOne() {
        Frequencies table = new Frequencies();

        assertThatIllegalArgumentException().isThrownBy(() -> table.add(Double.NaN, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> table.add(Double.POSITIVE_INFINITY, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> table.add(3, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> table.add(3, -2));
        assertThat(table.n()).isZero();
    }
}
