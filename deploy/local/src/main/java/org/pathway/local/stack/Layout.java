package org.pathway.local.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where things are on disk. Everything is found from this module's build output ({@code target/pathway.jar}
 * or {@code target/classes}): the module {@code deploy/local}, the repository root two levels up (the
 * services' {@code <service>/target/quarkus-app}), the broker's jars in {@code target/lib}, Keycloak unpacked
 * by the build in {@code target/keycloak}, and the run directory with the stack's logs and {@code stack.json}.
 */
public record Layout(Path repositoryRoot, Path moduleDir, Path libDir, Path keycloakHome, Path realmsDir, Path runDir) {

    /** Overrides the run directory (default {@code deploy/local/run}). */
    public static final String RUN_DIR_ENV = "PATHWAY_RUN_DIR";

    public static Layout discover() {
        Path target = buildOutput();
        Path moduleDir = target.getParent();
        String runDir = System.getenv(RUN_DIR_ENV);
        return new Layout(moduleDir.getParent().getParent(), moduleDir, target.resolve("lib"),
                target.resolve("keycloak").resolve("keycloak-" + buildProperty("keycloak.version")),
                moduleDir.resolve("realms"),
                runDir == null || runDir.isBlank() ? moduleDir.resolve("run") : Path.of(runDir).toAbsolutePath());
    }

    public Layout withRunDir(Path dir) {
        return new Layout(repositoryRoot, moduleDir, libDir, keycloakHome, realmsDir, dir.toAbsolutePath());
    }

    public Path serviceJar(String service) {
        return repositoryRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path stackJson() {
        return runDir.resolve("stack.json");
    }

    /** A JVM option that marks a process as this run directory's, so `down` can find leftovers and nothing else. */
    public String processMarker() {
        return "-Dpathway-local.stack=" + runDir;
    }

    public Path log(String component) {
        return runDir.resolve(component + ".log");
    }

    /** {@code target/}: the parent of the jar, or of {@code target/classes}. */
    private static Path buildOutput() {
        try {
            Path codeSource = Path.of(Layout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.toAbsolutePath().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the pathway CLI's own build output", e);
        }
    }

    private static String buildProperty(String key) {
        Properties properties = new Properties();
        try (InputStream in = Layout.class.getResourceAsStream("/pathway-local.properties")) {
            if (in == null) {
                throw new IllegalStateException("pathway-local.properties missing: rebuild deploy/local");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }

    /** Creates the run directory if needed. */
    public Layout ensureRunDir() {
        try {
            Files.createDirectories(runDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + runDir, e);
        }
        return this;
    }
}
