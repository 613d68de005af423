package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrometheusTest {

    @Test
    void scrapesEveryApplicationsManagementPort() {
        String config = Prometheus.configuration(PathwayService.applications(StackSettings.localDefaults()));

        assertThat(config).contains("metrics_path: /q/metrics");
        for (int port = 9081; port <= 9085; port++) {
            assertThat(config).contains("'localhost:" + port + "'");
        }
        assertThat(config).contains("service: 'referral-service'", "service: 'workspace'");
    }

    @Test
    void followsThePortOffset() {
        String config = Prometheus.configuration(PathwayService.applications(StackSettings.localDefaults().shifted(300)));

        assertThat(config).contains("'localhost:9381'", "'localhost:9385'").doesNotContain("'localhost:9081'");
    }

    /** Debian's promtool (package prometheus: .ci/run installs it) accepts the configuration. */
    @Test
    void promtoolAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, Prometheus.configuration(PathwayService.applications(StackSettings.localDefaults())));

        Process check = new ProcessBuilder(promtool.toString(), "check", "config", config.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());

        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }
}
