package org.pathway.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds JDKs: the one running this CLI (for the broker), a Java 21+ for Keycloak, and for the services a Java 25+ when
 * there is one (its ahead-of-time cache, see {@link ClassDataArchive}), else this CLI's.
 */
public final class JavaHomes {

    public static final String KEYCLOAK_JAVA_HOME_ENV = "KEYCLOAK_JAVA_HOME";
    /** The services' JDK, when not the newest found (any 17+: the services are compiled for Java 17). */
    public static final String SERVICES_JAVA_HOME_ENV = "PATHWAY_SERVICES_JAVA_HOME";
    static final int KEYCLOAK_MINIMUM = 21;
    /** The first JDK with an ahead-of-time cache written by a training run ({@code -XX:AOTCacheOutput}, JEP 514). */
    static final int AOT_CACHE_MINIMUM = 25;
    static final int SERVICES_MINIMUM = 17;
    private static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    private JavaHomes() {
    }

    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * {@code KEYCLOAK_JAVA_HOME} if set (it must be 21+), else {@code JAVA_HOME} or this JVM when 21+, else the newest
     * 21+ under {@code /usr/lib/jvm}.
     */
    public static Path forKeycloak(Map<String, String> env) {
        Optional<Path> explicit = explicit(env, KEYCLOAK_JAVA_HOME_ENV, KEYCLOAK_MINIMUM, "keycloak");
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return candidates(env, JVM_DIR).stream().filter(home -> featureVersion(home).orElse(0) >= KEYCLOAK_MINIMUM).findFirst()
                .orElseThrow(() -> new ComponentFailure("keycloak", "cannot start: it needs Java " + KEYCLOAK_MINIMUM
                        + " or newer, and none was found (looked at " + KEYCLOAK_JAVA_HOME_ENV + ", JAVA_HOME, this JVM and "
                        + JVM_DIR + "/*). Install one (e.g. `apt-get install openjdk-21-jdk-headless`) or set "
                        + KEYCLOAK_JAVA_HOME_ENV + ".", ""));
    }

    /**
     * The JDK the services run on: {@code PATHWAY_SERVICES_JAVA_HOME} if set (17+), else the first Java 25+ of
     * {@code JAVA_HOME}, this JVM and {@code /usr/lib/jvm/*} (newest first), else this JVM.
     */
    public static Path forServices(Map<String, String> env) {
        return forServices(env, JVM_DIR);
    }

    static Path forServices(Map<String, String> env, Path jvmDir) {
        return explicit(env, SERVICES_JAVA_HOME_ENV, SERVICES_MINIMUM, "services").orElseGet(() -> candidates(env, jvmDir)
                .stream().filter(home -> featureVersion(home).orElse(0) >= AOT_CACHE_MINIMUM).findFirst()
                .orElse(Path.of(System.getProperty("java.home"))));
    }

    /** The JDK home an environment variable names, if it does; refused unless it is a Java {@code minimum}+. */
    private static Optional<Path> explicit(Map<String, String> env, String variable, int minimum, String component) {
        String explicit = env.get(variable);
        if (explicit == null || explicit.isBlank()) {
            return Optional.empty();
        }
        Path home = Path.of(explicit);
        if (featureVersion(home).orElse(0) < minimum) {
            throw new ComponentFailure(component, "cannot start: " + variable + "=" + explicit + " is not a Java "
                    + minimum + "+ JDK", "");
        }
        return Optional.of(home);
    }

    /** The java launcher of a JDK home. */
    public static String java(Path home) {
        return home.resolve("bin").resolve("java").toString();
    }

    /** {@code JAVA_HOME}, this JVM, then the JDKs of {@code jvmDir}, newest first. */
    private static List<Path> candidates(Map<String, String> env, Path jvmDir) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(env.get("JAVA_HOME")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        candidates.addAll(installed(jvmDir));
        return candidates;
    }

    /** JDKs in a directory like /usr/lib/jvm, newest first. */
    static List<Path> installed(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(dir)) {
            return homes.filter(home -> featureVersion(home).isPresent())
                    .sorted(Comparator.comparing((Path home) -> featureVersion(home).orElse(0)).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The major version from a JDK's {@code release} file ({@code JAVA_VERSION="21.0.5"}), if it has a java binary. */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        return parseFeature(version);
    }

    static Optional<Integer> parseFeature(String version) {
        String[] parts = version.split("[.\\-+_]");
        try {
            int first = Integer.parseInt(parts[0]);
            // "1.8.0_392" is Java 8.
            return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
