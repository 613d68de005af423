package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void requestsAreDueEvenlyFromTheStart() {
        Pacer pacer = new Pacer(100, 5_000);
        assertThat(pacer.dueAt(0)).isEqualTo(5_000);
        assertThat(pacer.dueAt(1)).isEqualTo(5_000 + 10_000_000);
        assertThat(pacer.dueAt(100)).isEqualTo(5_000 + 1_000_000_000L);
    }

    @Test
    void twentySecondsAtAHundredASecondOfferTwoThousand() {
        assertThat(new Pacer(100, 0).count(Duration.ofSeconds(20))).isEqualTo(2000);
        assertThat(new Pacer(2.5, 0).count(Duration.ofSeconds(10))).isEqualTo(25);
    }

    @Test
    void dueByAgreesWithDueAtEvenWhereTheIntervalIsNotWholeNanoseconds() {
        for (double rate : new double[] {3, 7, 100, 333.3}) {
            Pacer pacer = new Pacer(rate, 1_000);
            for (long i = 0; i < 2_000; i++) {
                long due = pacer.dueAt(i);
                assertThat(pacer.dueBy(due)).as("rate %s, request %d at its time", rate, i).isEqualTo(i + 1);
                assertThat(pacer.dueBy(due - 1)).as("rate %s, just before request %d", rate, i).isEqualTo(i);
            }
        }
    }

    @Test
    void nothingIsDueBeforeTheStart() {
        assertThat(new Pacer(100, 1_000_000).dueBy(999_999)).isZero();
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new Pacer(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacer(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacer(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
