package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaHomesTest {

    @TempDir
    Path jvms;

    @ParameterizedTest
    @CsvSource({"21.0.5, 21", "25, 25", "17.0.12+7, 17", "1.8.0_392, 8"})
    void readsTheFeatureVersion(String version, int feature) {
        assertThat(JavaHomes.parseFeature(version)).contains(feature);
    }

    @Test
    void listsInstalledJdksNewestFirst() throws IOException {
        Path jdk17 = jdk("java-17", "17.0.12");
        Path jdk25 = jdk("temurin-25", "25.0.3");
        Files.createDirectories(jvms.resolve("not-a-jdk"));

        assertThat(JavaHomes.installed(jvms)).containsExactly(jdk25, jdk17);
        assertThat(JavaHomes.featureVersion(jdk25)).isEqualTo(Optional.of(25));
    }

    @Test
    void refusesAKeycloakJavaHomeOlderThan21() throws IOException {
        Path jdk17 = jdk("java-17", "17.0.12");

        assertThatThrownBy(() -> JavaHomes.forKeycloak(Map.of(JavaHomes.KEYCLOAK_JAVA_HOME_ENV, jdk17.toString())))
                .isInstanceOf(ComponentFailure.class).hasMessageContaining("KEYCLOAK_JAVA_HOME");
    }

    @Test
    void takesAKeycloakJavaHomeOf21OrNewer() throws IOException {
        Path jdk21 = jdk("java-21", "21.0.5");

        assertThat(JavaHomes.forKeycloak(Map.of(JavaHomes.KEYCLOAK_JAVA_HOME_ENV, jdk21.toString()))).isEqualTo(jdk21);
    }

    @Test
    void runsTheServicesOnAJava25OrNewerWhenThereIsOne() throws IOException {
        jdk("java-17", "17.0.12");
        Path jdk25 = jdk("temurin-25", "25.0.3");

        assertThat(JavaHomes.forServices(Map.of(), jvms)).isEqualTo(jdk25);
    }

    @Test
    void runsTheServicesOnThisJvmWhenNoJava25IsFound() throws IOException {
        jdk("java-21", "21.0.5");
        Path thisJvm = Path.of(System.getProperty("java.home"));
        assumeTrue(JavaHomes.featureVersion(thisJvm).orElse(0) < JavaHomes.AOT_CACHE_MINIMUM, "this JVM is a 25+ itself");

        assertThat(JavaHomes.forServices(Map.of(), jvms)).isEqualTo(thisJvm);
    }

    @Test
    void takesTheServicesJavaHomeItIsGivenIf17OrNewer() throws IOException {
        Path jdk17 = jdk("java-17", "17.0.12");
        jdk("temurin-25", "25.0.3");
        Path jdk11 = jdk("java-11", "11.0.2");

        assertThat(JavaHomes.forServices(Map.of(JavaHomes.SERVICES_JAVA_HOME_ENV, jdk17.toString()), jvms)).isEqualTo(jdk17);
        assertThatThrownBy(() -> JavaHomes.forServices(Map.of(JavaHomes.SERVICES_JAVA_HOME_ENV, jdk11.toString()), jvms))
                .isInstanceOf(ComponentFailure.class).hasMessageContaining(JavaHomes.SERVICES_JAVA_HOME_ENV);
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
