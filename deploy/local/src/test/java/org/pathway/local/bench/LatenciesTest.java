package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesOfAKnownSpread() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 1000; ms++) {
            latencies.recordNanos(ms * 1_000_000L);
        }
        Latencies.Summary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50()).isCloseTo(500, within(1.0));
        assertThat(summary.p95()).isCloseTo(950, within(1.0));
        assertThat(summary.p99()).isCloseTo(990, within(1.0));
        assertThat(summary.max()).isCloseTo(1000, within(1.0));
    }

    @Test
    void nothingRecordedIsNoSamples() {
        assertThat(new Latencies().summary()).isEqualTo(Latencies.Summary.NONE);
        assertThat(Latencies.Summary.NONE.text()).isEqualTo("no samples");
    }

    @Test
    void laterRecordingsAddToEarlierSummaries() {
        Latencies latencies = new Latencies();
        latencies.recordNanos(2_000_000);
        latencies.summary();
        latencies.recordNanos(4_000_000);
        assertThat(latencies.summary().count()).isEqualTo(2);
        assertThat(latencies.summary().max()).isCloseTo(4, within(0.01));
    }
}
