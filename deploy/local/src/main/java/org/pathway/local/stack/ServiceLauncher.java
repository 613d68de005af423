package org.pathway.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.pathway.testkit.infra.Directories;

/**
 * Starts a packaged service ({@code <service>/target/quarkus-app/quarkus-run.jar}) as its own process, configured
 * only through the environment variables its {@code application.properties} reads.
 */
final class ServiceLauncher {

    private static final Duration READY = Duration.ofMinutes(8);
    /** How long before the stack's start the pathway started at the demo sites. */
    static final int PATHWAY_STARTED_DAYS_AGO = 200;
    /** Longer than Keycloak may take on its first start on a busy machine (see {@link Keycloak}). */
    private static final String IDENTITY_WAIT = "6M";

    private final Layout layout;
    private final StackSettings settings;
    private final Postgres postgres;
    private final Compilation compilation;
    /** The java launcher the services run on ({@link JavaHomes#forServices}). */
    private final String java;
    /**
     * Encrypts provider and referrer signing secrets at rest (key id 0): kept with the stack's data, so what a kept
     * stack stored can be read after a restart.
     */
    private final String secretKey;
    /**
     * When the pathway started at every demo site: {@link #PATHWAY_STARTED_DAYS_AGO} days before the first start of
     * the stack's data, the same on every later start (the comparison reports depend on it).
     */
    private final LocalDate pathwayStartDate;

    ServiceLauncher(Layout layout, StackSettings settings, Postgres postgres, StackData data, Compilation compilation,
                    String java) {
        this.layout = layout;
        this.settings = settings;
        this.postgres = postgres;
        this.compilation = compilation;
        this.java = java;
        this.secretKey = data.secretKey();
        this.pathwayStartDate = data.pathwayStartDate(LocalDate.now(ZoneOffset.UTC).minusDays(PATHWAY_STARTED_DAYS_AGO));
    }

    ChildProcess launch(PathwayService service) {
        Path built = layout.serviceJar(service.name());
        if (!Files.isRegularFile(built)) {
            throw new ComponentFailure(service.name(), "is not built: " + built + " is missing (run `./mvnw -o -DskipTests install`)", "");
        }
        Path jar = snapshot(built.getParent(), layout.runDir().resolve("apps").resolve(service.name())).resolve(built.getFileName());
        return start(service, jar, false);
    }

    /**
     * Starts the service again (after it was stopped or killed) from the same snapshot of its build, with the same
     * environment (engagement-service's secret key included), appending to its log.
     */
    ChildProcess relaunch(PathwayService service) {
        Path jar = layout.runDir().resolve("apps").resolve(service.name()).resolve(layout.serviceJar(service.name()).getFileName());
        if (!Files.isRegularFile(jar)) {
            throw new ComponentFailure(service.name(), "cannot restart: " + jar + " is missing (never started?)", "");
        }
        return start(service, jar, true);
    }

    /**
     * A service's memory: a small heap under the serial collector, which keeps none of G1's per-region bookkeeping
     * (a service's live data is small). By default the serial collector grows its heap when little is free after a
     * collection and keeps what it took, so one busy moment left a service resident far over the rest; growing only
     * when almost nothing is free and giving back when much is keeps every heap at its starting size over a drive,
     * with no slower drive. The JIT compilers' scratch memory is freed to glibc but kept by it; trimming glibc's heap
     * now and then gives it back. Figures in docs/performance.md.
     */
    static final List<String> MEMORY = List.of("-Xms64m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-XX:TrimNativeHeapInterval=5000");

    /**
     * The most heap a service may take: 256 MB, but 512 MB for referral-service, whose FHIR door's validator holds
     * every R4 definition (about 200 MB once warm) and ran out of memory in 256 MB under `pathway bench`.
     */
    static String maxHeap(PathwayService service) {
        return "referral-service".equals(service.name()) ? "-Xmx512m" : "-Xmx256m";
    }
    /**
     * Kafka's consumers on a one-machine stack: a consumer that dies without leaving its group (a crash, SIGKILL) holds
     * its partitions until the broker misses its heartbeats for the session timeout, 45 s by default, and the
     * service's restarted instance waits that long for them. One broker on the same machine needs no such margin:
     * 10 s, with a heartbeat every 3 s (a third, as Kafka advises). {@code kafka.}-prefixed properties apply to every
     * channel of a service (SmallRye's default Kafka configuration).
     */
    static final List<String> KAFKA_CONSUMERS = List.of("-Dkafka.session.timeout.ms=10000", "-Dkafka.heartbeat.interval.ms=3000");

    /** glibc gives each busy thread its own malloc arena (up to 8 per core); two are plenty for a service. */
    static final String MALLOC_ARENAS = "2";
    /**
     * Set to {@code off} to start the services without class-data sharing ({@link ClassDataArchive}); the stack's
     * own tests do, so that each stop is quick and leaves no archive behind.
     */
    static final String CLASS_DATA_SHARING_ENV = "PATHWAY_CLASS_DATA_SHARING";
    /**
     * Writing its cache at exit takes a service seconds, and four at once (with Keycloak's) share the cores: Java 25
     * assembles an ahead-of-time cache in a child JVM, which took one service 111 s at a load average of 20 on two
     * cores. Stopped sooner, the cache is lost and the next start trains again.
     */
    static final Duration STOP_WRITING_ARCHIVE = Duration.ofMinutes(3);

    private final boolean classDataSharing = !"off".equalsIgnoreCase(System.getenv(CLASS_DATA_SHARING_ENV));

    private ChildProcess start(PathwayService service, Path jar, boolean appendLog) {
        List<String> jvm = new ArrayList<>(List.of(java));
        jvm.addAll(MEMORY);
        jvm.add(maxHeap(service));
        List<String> command = new ArrayList<>(jvm);
        Optional<ClassDataArchive> archive = classDataSharing
                ? Optional.of(ClassDataArchive.of(layout.runDir().resolve("cds"), service.name(), jar.getParent(), jvm))
                : Optional.empty();
        archive.ifPresent(cds -> command.addAll(cds.jvmOptions()));
        // Not part of the archive's fingerprint: the classes are the same whichever compiler runs them.
        command.addAll(compilation.jvmOptions());
        command.add(layout.processMarker());
        command.addAll(waitForIdentityProvider());
        if (service.hasDatabase()) {
            command.addAll(pathwayStartDates());
            command.addAll(KAFKA_CONSUMERS);
        }
        if ("matching-service".equals(service.name())) {
            // A one-machine stack reads directory feeds served on this machine (the browser test serves a real
            // council page from 127.0.0.1); every other private, link-local or metadata address stays refused.
            command.add("-Dmatching.feeds.private-hosts-allowed=127.0.0.1");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(service.name(), command, environment(service), layout.runDir(),
                layout.log(service.name()), appendLog);
        archive.ifPresent(cds -> process.onStop(STOP_WRITING_ARCHIVE, cds::settle));
        return process;
    }

    /**
     * The running service must not see a rebuild of its module (Quarkus replaces {@code target/quarkus-app} whole, and
     * a running application loads classes from it lazily): it runs from hard links to the built files, which keep
     * the old contents when the build replaces them. Costs nothing on disk; copies where links are impossible.
     */
    private static Path snapshot(Path app, Path copy) {
        try {
            Directories.deleteRecursively(copy);
            StackFiles.linkTree(app, copy);
            return copy;
        } catch (IOException e) {
            throw new ComponentFailure(copy.getFileName().toString(), "could not snapshot " + app + ": " + e.getMessage(), "");
        }
    }

    /**
     * The services start while Keycloak is still starting. Without this, quarkus-oidc gives up on a tenant whose issuer
     * is not up yet and retries it only on some later requests; a token of that issuer is meanwhile refused (401).
     * With a connection delay each tenant keeps trying, and start-up waits for it as long as the connection timeout
     * allows, so a service is ready only once it knows every issuer. (System properties, not environment variables:
     * tenant names contain dashes.)
     */
    private List<String> waitForIdentityProvider() {
        List<String> tenants = new ArrayList<>(settings.sites());
        tenants.add(StackSettings.PLATFORM_REALM);
        return tenants.stream()
                .flatMap(tenant -> Stream.of("-Dquarkus.oidc." + tenant + ".connection-delay=" + IDENTITY_WAIT,
                        "-Dquarkus.oidc." + tenant + ".connection-timeout=" + IDENTITY_WAIT))
                .toList();
    }

    /**
     * Each demo site's {@code pathwayStartDate} (issue 20): {@link #PATHWAY_STARTED_DAYS_AGO} days before the stack
     * started, after the referral days of every simulated run (which end at least 239 days back), so a run registers
     * its comparison group on its own referral days, before the pathway started. (System properties: site names
     * contain dashes.)
     */
    private List<String> pathwayStartDates() {
        return settings.sites().stream()
                .map(site -> "-Dpathway.sites." + site + ".pathway-start-date=" + pathwayStartDate)
                .toList();
    }

    static void awaitReady(ChildProcess process, PathwayService service) {
        Readiness.awaitHttp(process, service.readiness(), READY);
    }

    Map<String, String> environment(PathwayService service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(service.managementPort()));
        env.put("PATHWAY_OIDC_BASE_URL", settings.keycloakUrl().toString());
        if (service.hasDatabase()) {
            env.put("PATHWAY_DB_URL", postgres.jdbcUrl(service.database()));
            env.put("PATHWAY_DB_USER", postgres.user());
            env.put("PATHWAY_DB_PASSWORD", postgres.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
            env.put("PATHWAY_SECRET_KEY", secretKey);
        } else {
            // The workspace: the services' public APIs (its client secret is the realms' demo value, its default).
            Endpoints endpoints = settings.endpoints();
            env.put("PATHWAY_REFERRAL_URL", endpoints.referral().toString());
            env.put("PATHWAY_MATCHING_URL", endpoints.matching().toString());
            env.put("PATHWAY_ENGAGEMENT_URL", endpoints.engagement().toString());
            env.put("PATHWAY_REPORTING_URL", endpoints.reporting().toString());
        }
        // Plain lines in the log files; JSON is for log shippers.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        return env;
    }
}
