package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDescriptionTest {

    @TempDir
    Path run;

    @Test
    void readsBackWhatItWrote() {
        StackSettings settings = StackSettings.localDefaults();
        StackDescription written = new StackDescription(Instant.parse("2026-12-01T10:00:00Z"), 21.4, 4242, settings.sites(),
                settings.keycloakUrl(), settings.realms(), "pathway-cli",
                Map.of("referral-service", URI.create("http://localhost:8081"), "matching-service", URI.create("http://localhost:8082"),
                        "engagement-service", URI.create("http://localhost:8083"), "reporting-service", URI.create("http://localhost:8084"),
                        "workspace", URI.create("http://localhost:8085")),
                URI.create("http://localhost:8085/research/dashboard"), "localhost:9092",
                Map.of("referral", "jdbc:postgresql://localhost:5433/referral"), "pathway",
                Map.of("kafka", 4243L), Map.of("kafka", run.resolve("kafka.log")), run.resolve("data"),
                URI.create("http://localhost:9090"));

        written.write(run.resolve("stack.json"));

        StackDescription read = StackDescription.read(run.resolve("stack.json")).orElseThrow();
        assertThat(read).isEqualTo(written);
        assertThat(read.endpoints()).isEqualTo(Endpoints.localDefaults());
        assertThat(read.realms()).containsExactly("site-north-london", "site-cardiff-vale", "platform");
    }

    @Test
    void isAbsentWhenNoStackWroteIt() {
        assertThat(StackDescription.read(run.resolve("stack.json"))).isEmpty();
    }
}
