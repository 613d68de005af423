package org.pathway.local.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.simulate.Simulation;
import org.pathway.local.simulate.SimulationResult;
import org.pathway.local.stack.ComponentFailure;
import org.pathway.local.stack.EndToEndStack;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Postgres;
import org.pathway.local.stack.Stack;
import org.pathway.local.stack.StackOptions;
import org.pathway.local.stack.StackSettings;

/**
 * A stack as `pathway up` runs it (kept data, PostgreSQL durable, Keycloak in production mode), three times on one
 * run directory: a small cohort driven through it and a backup taken; started again, it still reports the same (its
 * databases, broker storage and secret key were kept); then started fresh from the backup (`pathway restore`) and
 * observed (`--observe`), it reports the same again and Prometheus finds every service's metrics. The reports compared are reporting-service's JSON documents, whole. Skipped with
 * {@code -DskipE2E}; its ports are the defaults (or {@code PATHWAY_PORT_OFFSET}) shifted by a further 600. It runs
 * beside the other classes (the one class of this module that does, {@code junit-platform.properties}): much of the
 * shared stack's tests is waiting on purpose (a broker down, a killed service's partitions, a grace period), and its
 * stacks start while no other does ({@link EndToEndStack#oneAtATime}).
 */
@Execution(ExecutionMode.CONCURRENT)
class KeptDataAndBackupTest {

    private static final int PORT_OFFSET = 600;
    private static final int YOUNG_PEOPLE = 12;

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void aKeptStackAndAStackRestoredFromItsBackupReportWhatTheFirstRunReported() throws IOException {
        assumeFalse(Boolean.getBoolean("pathway.e2e.skip"), "skipped with -DskipE2E");
        Layout layout = Layout.discover();
        layout = layout.withRunDir(layout.moduleDir().resolve("target").resolve("backup-run"));
        StackSettings settings = StackSettings.fromEnvironment(System.getenv()).shifted(PORT_OFFSET);
        Path backup = layout.runDir().resolve("backup-under-test");
        org.pathway.testkit.infra.Directories.deleteRecursively(backup);

        SimulationResult run;
        Map<String, String> reported;
        String secretKey;
        String clusterId;
        try (Stack stack = start(layout, settings, StackOptions.kept(true, false))) {
            run = new Simulation(stack.endpoints(), tokens(stack), new CohortSpec(YOUNG_PEOPLE, CohortSpec.DEFAULT_SEED, settings.sites()),
                    System.out).run();
            assertThat(run.mismatches()).as("figures of the first run differing from its ground truth").isZero();
            reported = ReportDocuments.read(stack.endpoints(), tokens(stack), settings.sites(), run.from(), run.to());
            assertThat(reported.get("uptake")).contains("\"referred\"");
            secretKey = Files.readString(stack.data().dir().resolve("secret-key"));
            clusterId = clusterId(stack.data().kafka());
            Backup.take(stack.description(), Postgres.servicePassword(System.getenv()), backup, System.out);
        }
        assertThat(Files.getPosixFilePermissions(backup.resolve("secret-key"))).as("the backup's copy of the key")
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        try (Stack again = start(layout, settings, StackOptions.kept(false, false))) {
            assertThat(Files.readString(again.data().dir().resolve("secret-key"))).isEqualTo(secretKey);
            assertThat(Files.getPosixFilePermissions(again.data().dir().resolve("secret-key")))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            assertThat(clusterId(again.data().kafka())).as("the broker's storage, not formatted again").isEqualTo(clusterId);
            assertThat(ReportDocuments.read(again.endpoints(), tokens(again), settings.sites(), run.from(), run.to()))
                    .as("reports after a stop and a start on the kept data").isEqualTo(reported);
        }

        // Observed (`up --observe`): Prometheus scrapes every service's management port.
        try (Stack restored = start(layout, settings, StackOptions.kept(true, true).restoring(backup))) {
            assertThat(clusterId(restored.data().kafka())).as("a fresh stack: a new broker").isNotEqualTo(clusterId);
            assertThat(ReportDocuments.read(restored.endpoints(), tokens(restored), settings.sites(), run.from(), run.to()))
                    .as("reports of a fresh stack restored from the backup").isEqualTo(reported);
            assertThat(run.recheck(restored.endpoints(), tokens(restored))).as("figures differing from the ground truth").isZero();
            assertThat(PrometheusTargets.awaitAllUp(restored.description().prometheus(), Duration.ofMinutes(3)))
                    .as("Prometheus' targets (/api/v1/targets): service → health")
                    .containsOnlyKeys("referral-service", "matching-service", "engagement-service", "reporting-service", "workspace")
                    .allSatisfy((service, health) -> assertThat(health).as(service).isEqualTo("up"));
            assertThat(restored.exited()).as("components that stopped").isEmpty();
        }
    }

    private static Stack start(Layout layout, StackSettings settings, StackOptions options) {
        return EndToEndStack.oneAtATime(() -> {
            try {
                return Backup.start(layout, settings, options, System.getenv(), System.out);
            } catch (ComponentFailure failure) {
                return fail(failure.report() + System.lineSeparator() + "(logs in " + layout.runDir() + ")");
            }
        });
    }

    private static KeycloakTokenSource tokens(Stack stack) {
        return new KeycloakTokenSource(stack.endpoints().identity());
    }

    private static String clusterId(Path kafka) throws IOException {
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(kafka.resolve("data/meta.properties"))) {
            meta.load(in);
        }
        return meta.getProperty("cluster.id");
    }
}
