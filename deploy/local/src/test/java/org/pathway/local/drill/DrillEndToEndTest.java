package org.pathway.local.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.stack.ComponentFailure;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Stack;
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
        assumeFalse(Boolean.getBoolean("pathway.e2e.skip"), "skipped with -DskipE2E");
        Layout layout = Layout.discover();
        layout = layout.withRunDir(layout.moduleDir().resolve("target/drill-run"));
        StackSettings settings = StackSettings.fromEnvironment(System.getenv()).shifted(PORT_OFFSET);

        try (Stack stack = Stack.start(layout, settings, System.getenv(), System.out)) {
            List<DrillReport> reports = new DrillRunner(stack, SHORT, System.out).run(DrillRunner.ALL);
            DrillReport.summary(reports, System.out);

            assertThat(reports).extracting(DrillReport::name)
                    .containsExactly("broker-outage", "service-kill", "offset-reset", "poison-message", "postgres-restart");
            assertThat(reports).as("drills that failed (logs in " + layout.runDir() + ")")
                    .filteredOn(report -> !report.passed())
                    .extracting(report -> report.name() + ": " + report.failures())
                    .isEmpty();
        } catch (ComponentFailure failure) {
            fail(failure.report() + System.lineSeparator() + "(logs in " + layout.runDir() + ")");
        }
    }
}
