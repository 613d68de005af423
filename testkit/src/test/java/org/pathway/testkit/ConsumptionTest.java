package org.pathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsumptionTest {

    private static final long SECOND = 1_000_000_000L;

    private final Consumption consumption = new Consumption(1000, 2 * SECOND, "1.00 before", "2.00 after",
            Map.of("executor-thread-#", 1 * SECOND, "broker-#", 5 * SECOND),
            Map.of("executor-thread-#", 3 * SECOND, "broker-#", 5 * SECOND + 40_000_000L,
                    "vert.x-eventloop-thread-#", SECOND / 2),
            4 * SECOND, SECOND);

    @Test
    void aThreadsCpuIsWhatItUsedDuringConsumptionAndANewThreadCountsFromZero() {
        assertThat(consumption.threadSeconds(name -> name.startsWith("executor"))).isCloseTo(2.0, within(1e-9));
        assertThat(consumption.threadSeconds(name -> name.startsWith("vert.x"))).isCloseTo(0.5, within(1e-9));
        assertThat(consumption.threadSeconds(name -> true)).isCloseTo(2.54, within(1e-9));
    }

    @Test
    void theThreadTableListsThoseOverTheThresholdMostFirst() {
        assertThat(consumption.threadTable(50_000_000L, "%s=%.2f;"))
                .isEqualTo("executor-thread-#=2.00;vert.x-eventloop-thread-#=0.50;");
    }

    @Test
    void theReportCountsTheServiceThreadsApartFromTheBroker() {
        assertThat(consumption.report())
                .contains("consumption: 1000 events in 2.0 s = 500 events/s; load average before 1.00 before,"
                        + " after 2.00 after")
                .contains("CPU: service threads 2.50 s = 2.500 ms/event; whole JVM (with the broker) 4.00 s ="
                        + " 4.000 ms/event; PostgreSQL 1.00 s = 1.000 ms/event")
                .doesNotContain("broker-#");
    }
}
