package org.pathway.testkit;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts the test infrastructure (PostgreSQL, Kafka, OIDC issuers) as a plain process, for manual
 * runs and load measurements of a packaged service. Writes the configuration a service needs as
 * {@code -D} options to the file named by the first argument (default
 * {@code target/infrastructure.args}), and a one-hour referrer token for {@code north-london} next
 * to it ({@code .token}); runs until killed.
 */
public final class InfrastructureMain {

    private InfrastructureMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/infrastructure.args");
        Map<String, String> config = new TreeMap<>(new PathwayInfrastructure().start());
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out)) {
            for (Map.Entry<String, String> e : config.entrySet()) {
                if (e.getKey().startsWith("quarkus.") || e.getKey().startsWith("kafka.")) {
                    w.write("-D" + e.getKey() + "=" + e.getValue() + "\n");
                }
            }
        }
        Files.writeString(Path.of(out + ".token"),
                Tokens.site("north-london", "load-referrer", "referrer", "link-worker", "site-admin"));
        System.out.println("Infrastructure up; service options in " + out.toAbsolutePath());
        Thread.currentThread().join();
    }
}
