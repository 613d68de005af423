package org.pathway.local.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.stack.EndToEndStack;
import org.pathway.local.stack.StackSettings;

/**
 * The short version of `pathway drill`, for CI: the whole stack (as StackEndToEndTest starts it), then all five
 * drills with a small cohort each and the broker down for 12 s; every drill's ground-truth check and own checks must
 * pass. {@code -DskipE2E} skips it. Its ports are the defaults (or {@code PATHWAY_PORT_OFFSET}) shifted by a further
 * {@value #PORT_OFFSET}, so it never meets StackEndToEndTest's stack or one on the defaults; run directory
 * {@code target/drill-run}.
 */
class DrillEndToEndTest {

    static final int PORT_OFFSET = 300;
    private static final DrillSettings SHORT = new DrillSettings(30, CohortSpec.DEFAULT_SEED, Duration.ofSeconds(12),
            Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(180), Duration.ofSeconds(180));

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void everyDrillEndsWithTheGroundTruth() {
        EndToEndStack.run("drill-run", StackSettings.fromEnvironment(System.getenv()).shifted(PORT_OFFSET), stack -> {
            List<DrillReport> reports = new DrillRunner(stack, SHORT, System.out).run(DrillRunner.ALL);
            DrillReport.summary(reports, System.out);

            assertThat(reports).extracting(DrillReport::name)
                    .containsExactly("broker-outage", "service-kill", "offset-reset", "poison-message", "postgres-restart");
            assertThat(reports).as("drills that failed (logs in " + stack.layout().runDir() + ")")
                    .filteredOn(report -> !report.passed())
                    .extracting(report -> report.name() + ": " + report.failures())
                    .isEmpty();
        });
    }
}
