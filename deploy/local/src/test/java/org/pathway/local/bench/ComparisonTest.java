package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void aThroughputIsAShareOfItsCeiling() {
        Comparison c = new Comparison("intake", "database ceiling", Comparison.Kind.THROUGHPUT, 120, 480);
        assertThat(c.ratio()).isEqualTo(0.25);
        assertThat(c.text()).isEqualTo("intake = 25% of database ceiling (120/s vs 480/s)");
    }

    @Test
    void aLatencyIsAMultipleOfItsCeiling() {
        Comparison c = new Comparison("end-to-end p95", "the broker round-trip p95", Comparison.Kind.LATENCY, 450, 15);
        assertThat(c.ratio()).isEqualTo(30.0);
        assertThat(c.text()).isEqualTo("end-to-end p95 = 30× the broker round-trip p95 (450 ms vs 15.0 ms)");
    }

    @Test
    void withoutACeilingThereIsNoRatio() {
        Comparison c = new Comparison("intake", "database ceiling", Comparison.Kind.THROUGHPUT, 120, 0);
        assertThat(c.ratio()).isNaN();
        assertThat(c.text()).isEqualTo("intake: no database ceiling to compare with");
    }
}
