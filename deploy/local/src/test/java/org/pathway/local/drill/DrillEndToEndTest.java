package org.pathway.local.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.stack.SharedStack;
import org.pathway.local.stack.Stack;

/**
 * The short version of `pathway drill`, for CI: all five drills with a small cohort each and the broker down for 12 s
 * on the whole stack {@link SharedStack} started (as `pathway demo` does) for StackEndToEndTest, which runs first;
 * every drill's ground-truth check and own checks must pass. Each drill's cohort keeps to referral dates of its own,
 * so its figures are its own, whatever ran before on the stack. {@code -DskipE2E} skips it; ports: the defaults (or {@code PATHWAY_PORT_OFFSET}'s);
 * run directory {@code target/e2e-run}.
 */
@ExtendWith(SharedStack.class)
@Order(Order.DEFAULT + 2)
class DrillEndToEndTest {

    private static final DrillSettings SHORT = new DrillSettings(30, CohortSpec.DEFAULT_SEED, Duration.ofSeconds(12),
            Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(180), Duration.ofSeconds(180));

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void everyDrillEndsWithTheGroundTruth(Stack stack) {
        List<DrillReport> reports = new DrillRunner(stack, SHORT, System.out).run(DrillRunner.ALL);
        DrillReport.summary(reports, System.out);

        assertThat(reports).extracting(DrillReport::name)
                .containsExactly("broker-outage", "service-kill", "offset-reset", "poison-message", "postgres-restart");
        assertThat(reports).as("drills that failed (logs in " + stack.layout().runDir() + ")")
                .filteredOn(report -> !report.passed())
                .extracting(report -> report.name() + ": " + report.failures())
                .isEmpty();
    }
}
