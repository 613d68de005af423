package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw Quarkus options the stack gives its copy of Keycloak (the drill postgres-restart shows what they do). */
class KeycloakTest {

    @TempDir
    Path home;

    @Test
    void replacesTheCopysQuarkusPropertiesWithThePoolValidation() throws IOException {
        Path file = home.resolve(Keycloak.QUARKUS_PROPERTIES_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "quarkus.datasource.jdbc.validate-on-borrow=false\n");

        Keycloak.writeQuarkusProperties(home);

        assertThat(Files.readAllLines(file)).containsExactly("quarkus.datasource.jdbc.validate-on-borrow=true");
    }
}
