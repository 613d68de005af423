package org.pathway.local.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prometheus watching the stack ({@code pathway up --observe}): Debian's {@code prometheus} binary (not its system
 * service), run as a child process with a configuration of the stack's own ({@code <run>/prometheus.yml}: every
 * service's and the workspace's management port, {@code /q/metrics}, every 5 s) and its time series with the stack's
 * data ({@code <data>/prometheus}), so they are kept with a kept stack. Its UI and API on
 * {@code http://localhost:9090}.
 */
public final class Prometheus {

    /** Debian's package {@code prometheus}; {@code PATHWAY_PROMETHEUS} names another binary. */
    static final String BINARY_ENV = "PATHWAY_PROMETHEUS";
    static final String DEFAULT_BINARY = "/usr/bin/prometheus";
    static final String JOB = "pathway";
    private static final Duration READY = Duration.ofMinutes(2);

    private Prometheus() {
    }

    public static ChildProcess launch(Layout layout, StackSettings settings, StackData data, Map<String, String> env) {
        Path binary = Path.of(env.getOrDefault(BINARY_ENV, DEFAULT_BINARY));
        if (!Files.isExecutable(binary)) {
            throw new ComponentFailure("prometheus", "is not installed at " + binary
                    + " (Debian: `apt-get install prometheus`; or name the binary in " + BINARY_ENV + ")", "");
        }
        Path config = layout.runDir().resolve("prometheus.yml");
        try {
            Files.writeString(config, configuration(PathwayService.applications(settings)));
            Files.createDirectories(data.dir().resolve("prometheus"));
        } catch (IOException e) {
            throw new ComponentFailure("prometheus", "could not write " + config + ": " + e.getMessage(), "");
        }
        List<String> command = List.of(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + data.dir().resolve("prometheus"),
                "--web.listen-address=localhost:" + settings.prometheusPort());
        return ChildProcess.start("prometheus", command, Map.of(), layout.runDir(), layout.log("prometheus"));
    }

    /** Ready once its own readiness endpoint answers. */
    public static void awaitReady(ChildProcess prometheus, StackSettings settings) {
        Readiness.awaitHttp(prometheus, url(settings).resolve("/-/ready"), READY);
    }

    public static URI url(StackSettings settings) {
        return StackSettings.local(settings.prometheusPort());
    }

    /** One job, one target per application, labelled with the service's name. */
    static String configuration(List<PathwayService> applications) {
        String targets = applications.stream()
                .map(service -> """
                              - targets: ['localhost:%d']
                                labels: {service: '%s'}
                        """.formatted(service.managementPort(), service.name()))
                .collect(Collectors.joining());
        return """
                # Written by the pathway stack at each `up --observe`: the services' management ports (issue 21).
                global:
                  scrape_interval: 5s
                  scrape_timeout: 4s
                scrape_configs:
                  - job_name: %s
                    metrics_path: /q/metrics
                    static_configs:
                %s""".formatted(JOB, targets);
    }
}
