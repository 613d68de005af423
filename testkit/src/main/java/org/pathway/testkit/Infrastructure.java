package org.pathway.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.logging.Level;

import org.jboss.logging.Logger;
import org.pathway.testkit.infra.Directories;
import org.pathway.testkit.infra.KafkaNode;
import org.pathway.testkit.infra.Ports;

/**
 * Starts PostgreSQL, Kafka and the OIDC issuers once per JVM. {@link SharedState} reaches this class through the
 * system class loader when it can, so there is one copy of this state per JVM and the running servers never depend
 * on a Quarkus class loader that is closed when its application stops.
 */
final class Infrastructure {

    private static final Logger LOG = Logger.getLogger(Infrastructure.class);

    /** Held so the levels survive: the log manager may forget levels of loggers nobody references. */
    private static final List<java.util.logging.Logger> QUIETED = new ArrayList<>();

    private static Map<String, String> config;
    private static Function<String, String> control;

    private Infrastructure() {
    }

    /** Called reflectively by {@link SharedState}, from any class loader. */
    static synchronized Map<String, String> startOnce() {
        if (config == null) {
            config = startAll();
        } else {
            // A test that failed between TestKafka.stop() and start() must not leave the next application without a broker.
            control.apply(SharedState.KAFKA_START);
        }
        return config;
    }

    /** Called reflectively by {@link SharedState}; {@code null} until started. */
    static synchronized Function<String, String> control() {
        return control;
    }

    private static Map<String, String> startAll() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Kafka loads configured classes through the context class loader; it must be the one that loaded Kafka.
        thread.setContextClassLoader(Infrastructure.class.getClassLoader());
        try {
            return startAllWithContextLoader();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, String> startAllWithContextLoader() {
        quietChattyLoggers();
        long startedAt = System.nanoTime();
        Path workDir = workDir();
        Path wiremockRoot = createDirectory(workDir.resolve("wiremock-" + UUID.randomUUID()));
        Resources resources = new Resources(List.of(wiremockRoot));
        ExecutorService executor = Executors.newFixedThreadPool(2);
        CompletableFuture<TestDatabase> database = CompletableFuture.supplyAsync(
                () -> resources.add(timed("PostgreSQL", () -> TestDatabase.create(System.getenv(), workDir))), executor);
        CompletableFuture<OidcIssuers> oidc = CompletableFuture.supplyAsync(
                () -> resources.add(timed("OIDC issuers", () -> OidcIssuers.start(wiremockRoot))), executor);
        executor.shutdown();
        try {
            KafkaNode kafka = unchecked(() -> formatKafka(workDir));
            resources.kafka(kafka);
            timed("Kafka", () -> {
                kafka.start();
                return kafka;
            });

            Map<String, String> started = configOf(database.join(), kafka, oidc.join());
            Runtime.getRuntime().addShutdownHook(new Thread(resources::closeAll, "pathway-testkit-shutdown"));
            // Outside Quarkus, Tokens finds its issuer and keys here.
            started.forEach((key, value) -> {
                if (key.startsWith("testkit.")) {
                    System.setProperty(key, value);
                }
            });
            control = controlOf(kafka);
            LOG.infof("Pathway test infrastructure started in %d ms", (System.nanoTime() - startedAt) / 1_000_000);
            return started;
        } catch (RuntimeException e) {
            // Let the other starters finish, so whatever they started is closed too.
            CompletableFuture.allOf(database, oidc).exceptionally(ignored -> null).join();
            resources.closeAll();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static KafkaNode formatKafka(Path workDir) throws IOException {
        int brokerPort = Ports.free();
        int controllerPort = Ports.free();
        while (controllerPort == brokerPort) {
            controllerPort = Ports.free();
        }
        return KafkaNode.format(workDir.resolve("kafka-" + UUID.randomUUID()), brokerPort, controllerPort);
    }

    private static Map<String, String> configOf(TestDatabase database, KafkaNode kafka, OidcIssuers oidc) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.user());
        config.put("quarkus.datasource.password", database.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        for (String tenant : Tenants.PUBLISHED) {
            if (!tenant.equals(Tenants.ROGUE)) {
                config.put("quarkus.oidc." + tenant + ".auth-server-url", OidcDocuments.realmUrl(oidc.baseUrl(), Tenants.realm(tenant)));
            }
        }
        config.put(Tenants.OIDC_URL_KEY, oidc.baseUrl());
        oidc.encodedPrivateKeys().forEach((tenant, key) -> config.put(Tenants.KEY_PREFIX + tenant, key));
        return Collections.unmodifiableMap(config);
    }

    private static Function<String, String> controlOf(KafkaNode kafka) {
        return command -> {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(Infrastructure.class.getClassLoader());
            try {
                switch (command) {
                    case SharedState.KAFKA_STOP:
                        kafka.stop();
                        return kafka.bootstrapServers();
                    case SharedState.KAFKA_START:
                        kafka.start();
                        return kafka.bootstrapServers();
                    case SharedState.KAFKA_BOOTSTRAP:
                        return kafka.bootstrapServers();
                    default:
                        throw new IllegalArgumentException("unknown testkit command: " + command);
                }
            } finally {
                thread.setContextClassLoader(previous);
            }
        };
    }

    private static Path workDir() {
        Path target = Path.of("target");
        return Files.isDirectory(target) ? target.toAbsolutePath() : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Path createDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void quietChattyLoggers() {
        for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky", "org.eclipse.jetty", "wiremock")) {
            java.util.logging.Logger logger = org.jboss.logmanager.Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    private static <T> T timed(String what, Starter<T> starter) {
        long started = System.nanoTime();
        T result = unchecked(starter);
        LOG.infof("%s started in %d ms", what, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private static <T> T unchecked(Starter<T> starter) {
        try {
            return starter.start();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Pathway test infrastructure failed to start", e);
        }
    }

    /** Everything started so far, closed in reverse on failure or at JVM exit. */
    private static final class Resources {
        private final List<Path> directories = new ArrayList<>();
        private final List<AutoCloseable> closeables = Collections.synchronizedList(new ArrayList<>());

        Resources(List<Path> directories) {
            this.directories.addAll(directories);
        }

        <T extends AutoCloseable> T add(T closeable) {
            closeables.add(closeable);
            return closeable;
        }

        void kafka(KafkaNode kafka) {
            directories.add(kafka.directory());
            closeables.add(kafka::stop);
        }

        void closeAll() {
            List<AutoCloseable> reversed = new ArrayList<>(closeables);
            Collections.reverse(reversed);
            for (AutoCloseable closeable : reversed) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.err.println("pathway-testkit: shutdown step failed: " + e);
                }
            }
            for (Path dir : directories) {
                try {
                    Directories.deleteRecursively(dir);
                } catch (IOException e) {
                    System.err.println("pathway-testkit: could not delete " + dir + ": " + e);
                }
            }
        }
    }
}
