package org.pathway.local.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.testkit.infra.Directories;

/**
 * Keycloak from {@code org.keycloak:keycloak-quarkus-dist}, unpacked by the build into {@code target/keycloak}, in
 * development mode with an in-memory store: every start imports the realm files of {@code deploy/local/realms} afresh,
 * so the realms always match the files and a stop can never leave a damaged store behind (a file store killed during
 * a slow shutdown did). Its first start also builds Keycloak's server image, which later starts reuse.
 * Needs a Java 21+ (see {@link JavaHomes#forKeycloak}).
 */
public final class Keycloak {

    /** The first start also builds Keycloak's optimised server image (once per unpacked copy). */
    private static final Duration READY = Duration.ofMinutes(6);

    private Keycloak() {
    }

    public static ChildProcess launch(Layout layout, StackSettings settings, Map<String, String> env) {
        Path javaHome = JavaHomes.forKeycloak(env);
        Path script = layout.keycloakHome().resolve("bin/kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new ComponentFailure("keycloak", "is not unpacked at " + layout.keycloakHome()
                    + ": build deploy/local first (`./mvnw -o -DskipTests install`)", "");
        }
        importRealms(layout);
        List<String> command = List.of("bash", script.toString(), "start-dev",
                "--http-port=" + settings.keycloakPort(), "--db=dev-mem", "--import-realm");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", javaHome.toString(),
                "JAVA_OPTS_APPEND", layout.processMarker());
        return ChildProcess.start("keycloak", command, environment, layout.keycloakHome(), layout.log("keycloak"));
    }

    /**
     * Ready once every realm publishes its discovery document and lets a demo user log in (which also warms Keycloak
     * up: its first logins are slow, and the simulation should not pay for them).
     */
    public static void awaitReady(ChildProcess keycloak, StackSettings settings) {
        for (String realm : settings.realms()) {
            Readiness.awaitHttp(keycloak, discovery(settings.keycloakUrl(), realm), READY);
        }
        KeycloakTokenSource tokens = new KeycloakTokenSource(settings.keycloakUrl());
        for (String user : loginChecks(settings)) {
            try {
                tokens.accessToken(user);
            } catch (RuntimeException e) {
                throw new ComponentFailure("keycloak", "does not let the demo user " + user + " log in: " + e.getMessage(),
                        ChildProcess.tail(keycloak.log(), 20));
            }
        }
    }

    /** One user per realm. */
    private static List<String> loginChecks(StackSettings settings) {
        List<String> users = new ArrayList<>(settings.sites().stream().map(site -> DemoUsers.atSite(Roles.SITE_ADMIN, site)).toList());
        users.add(DemoUsers.RESEARCHER);
        return users;
    }

    public static URI discovery(URI keycloak, String realm) {
        return keycloak.resolve("/realms/" + realm + "/.well-known/openid-configuration");
    }

    private static void importRealms(Layout layout) {
        Path importDir = layout.keycloakHome().resolve("data/import");
        try {
            Directories.deleteRecursively(importDir);
            Files.createDirectories(importDir);
            try (var files = Files.list(layout.realmsDir())) {
                for (Path realm : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new ComponentFailure("keycloak", "could not copy the realm files from " + layout.realmsDir() + ": " + e.getMessage(), "");
        }
    }
}
