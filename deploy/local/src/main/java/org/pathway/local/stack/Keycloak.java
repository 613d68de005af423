package org.pathway.local.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.testkit.infra.Directories;

/**
 * Keycloak from {@code org.keycloak:keycloak-quarkus-dist}, unpacked by the build into {@code target/keycloak}, in
 * production mode: built once per unpacked version with the build-time options ({@code kc.sh build}; a marker file
 * in its home names the options it was built with), then started with {@code start --optimized}, plain HTTP on the
 * local port, its issuer pinned to {@code http://localhost:<port>}. Its store is a database of its own,
 * {@value #DATABASE}, in the stack's PostgreSQL: durable and kept with the rest of a kept stack's data (and in its
 * backups). The realm files of {@code deploy/local/realms} are imported when that database is new, the first start,
 * and kept after; the bootstrap administrator ({@value #ADMIN}, master realm) is made then too, with the password the
 * stack's data keeps ({@link StackData#keycloakAdminPassword}). Needs a Java 21+ (see {@link JavaHomes#forKeycloak}).
 * On a Java 25+ its JVM keeps an ahead-of-time cache beside the build marker, written at the first polite stop of a
 * build and mapped by every later start of it ({@link ClassDataArchive}; not when {@code PATHWAY_CLASS_DATA_SHARING=off}).
 */
public final class Keycloak {

    /** Keycloak's database in the stack's PostgreSQL. */
    public static final String DATABASE = "keycloak";
    static final String ADMIN = "admin";
    /** Build-time options: its store in PostgreSQL. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres");
    static final String BUILD_MARKER = ".pathway-build";
    /**
     * Raw Quarkus options, for what Keycloak has no option of its own: written to the copy's
     * {@code conf/quarkus.properties}, which it reads at every start. Runtime options, so no build is needed (a
     * build-time one would have to join the marker's description too). Its connection pool validates a connection
     * ({@code Connection.isValid}: one round trip) each time it lends it, and replaces a dead one: after PostgreSQL
     * restarts, the first token request is answered. Without it each connection the restart cut fails one request
     * (HTTP 500, {@code JDBCConnectionException}) before the pool drops it.
     */
    static final List<String> QUARKUS_PROPERTIES = List.of("quarkus.datasource.jdbc.validate-on-borrow=true");
    static final String QUARKUS_PROPERTIES_FILE = "conf/quarkus.properties";
    private static final String JAVA_OPTS_APPEND = "JAVA_OPTS_APPEND";

    /** A first start creates the schema and imports the realms; on a busy machine, minutes. */
    private static final Duration READY = Duration.ofMinutes(6);
    private static final Duration BUILD = Duration.ofMinutes(6);

    private Keycloak() {
    }

    /**
     * Writes {@link #QUARKUS_PROPERTIES} into this copy of Keycloak, then runs {@code kc.sh build} unless it was already
     * built with {@link #BUILD_OPTIONS} (its marker file says so). Needs no database: runs while PostgreSQL starts. True
     * when it built (and began the log).
     */
    public static boolean buildOnce(Layout layout, Map<String, String> env) {
        Path home = home(layout);
        Path marker = home.resolve(BUILD_MARKER);
        String wanted = buildDescription(home);
        try (FileChannel channel = FileChannel.open(home.resolve(BUILD_MARKER + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            writeQuarkusProperties(home);
            if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).trim().equals(wanted)) {
                return false;
            }
            Files.deleteIfExists(marker);
            List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            ChildProcess build = ChildProcess.start("keycloak", command, javaEnvironment(layout, env), home, layout.log("keycloak"));
            int status = build.awaitExit(BUILD);
            if (status != 0) {
                throw new ComponentFailure("keycloak", "`kc.sh build` ended with status " + status, ChildProcess.tail(build.log(), 30));
            }
            Files.writeString(marker, wanted + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new ComponentFailure("keycloak", "could not build: " + e.getMessage(), "");
        }
    }

    /** Rewrites the copy's {@value #QUARKUS_PROPERTIES_FILE} when it does not hold exactly {@link #QUARKUS_PROPERTIES}. */
    static void writeQuarkusProperties(Path home) throws IOException {
        Path file = home.resolve(QUARKUS_PROPERTIES_FILE);
        String wanted = String.join("\n", QUARKUS_PROPERTIES) + "\n";
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(wanted)) {
            Files.writeString(file, wanted, StandardCharsets.UTF_8);
        }
    }

    /** The marker's content: the unpacked version and the build options. */
    static String buildDescription(Path home) {
        return home.getFileName() + " " + String.join(" ", BUILD_OPTIONS);
    }

    /**
     * Starts the built Keycloak on its database; {@code firstStart} (a new database) imports the realms and makes the
     * bootstrap administrator; {@code appendLog} keeps what the build (or an earlier run of this stack) logged.
     */
    public static ChildProcess launch(Layout layout, StackSettings settings, Map<String, String> env, Postgres postgres,
                                      StackData data, boolean firstStart, boolean appendLog) {
        Path home = home(layout);
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-port=" + settings.keycloakPort(), "--hostname=" + settings.keycloakUrl(),
                // One node: the default cache looks for cluster peers on the network.
                "--cache=local"));
        Map<String, String> environment = javaEnvironment(layout, env);
        Optional<ClassDataArchive> cache = classDataCache(home, env);
        cache.ifPresent(aot -> environment.merge(JAVA_OPTS_APPEND, String.join(" ", aot.jvmOptions()), (a, b) -> a + " " + b));
        environment.put("KC_DB_URL", postgres.jdbcUrl(DATABASE));
        environment.put("KC_DB_USERNAME", postgres.user());
        environment.put("KC_DB_PASSWORD", postgres.password());
        if (firstStart) {
            importRealms(layout);
            command.add("--import-realm");
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", data.keycloakAdminPassword());
        }
        ChildProcess process = ChildProcess.start("keycloak", command, environment, home, layout.log("keycloak"), appendLog);
        cache.ifPresent(aot -> process.onStop(ServiceLauncher.STOP_WRITING_ARCHIVE, aot::settle));
        return process;
    }

    /**
     * The ahead-of-time cache of this build of Keycloak on its JDK, if that is a Java 25+ (JDK 17's dynamic archive
     * is not offered: Keycloak needs 21+, and 21's gains are those of the default CDS it has already).
     */
    static Optional<ClassDataArchive> classDataCache(Path home, Map<String, String> env) {
        if ("off".equalsIgnoreCase(System.getenv(ServiceLauncher.CLASS_DATA_SHARING_ENV))) {
            return Optional.empty();
        }
        List<String> jvm = new ArrayList<>(List.of(JavaHomes.java(JavaHomes.forKeycloak(env))));
        jvm.addAll(BUILD_OPTIONS);
        ClassDataArchive cache = ClassDataArchive.of(home, "keycloak", home.resolve("lib"), jvm);
        return cache.kind() == ClassDataArchive.Kind.AOT_CACHE ? Optional.of(cache) : Optional.empty();
    }

    private static Map<String, String> javaEnvironment(Layout layout, Map<String, String> env) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", JavaHomes.forKeycloak(env).toString());
        environment.put(JAVA_OPTS_APPEND, layout.processMarker());
        return environment;
    }

    private static Path home(Layout layout) {
        Path home = layout.keycloakHome();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new ComponentFailure("keycloak", "is not unpacked at " + home
                    + ": build deploy/local first (`./mvnw -o -DskipTests install`)", "");
        }
        return home;
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
