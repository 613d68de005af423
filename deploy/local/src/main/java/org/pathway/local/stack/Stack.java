package org.pathway.local.stack;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The whole platform on this machine, owned by this JVM: PostgreSQL (embedded, in this JVM, or external), the Kafka
 * broker, Keycloak and the four services as child processes. {@link #start} returns once every component is ready, or
 * stops whatever it started and throws a {@link ComponentFailure} naming the component, with the end of its log.
 * {@link #close} (also run at JVM exit) stops every child, services first.
 * <p>
 * For the reliability drills, components can also be stopped, killed and started again one at a time while the rest
 * runs ({@link #stop}, {@link #kill}, {@link #startAgain}, {@link #stopPostgres}, {@link #startPostgres}): the broker
 * and PostgreSQL come back on the same ports and data, a service with the same snapshot of its build and the same
 * environment. A component stopped on purpose is not reported by {@link #exited}.
 */
public final class Stack implements AutoCloseable {

    private final Layout layout;
    private final StackSettings settings;
    private final StackOptions options;
    private final PrintStream progress;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());
    private final Thread shutdownHook = new Thread(this::close, "pathway-stack-shutdown");
    private final Instant startedAt = Instant.now();
    private volatile StackData data;
    private volatile Map<String, String> env = Map.of();
    private volatile Postgres postgres;
    private volatile ServiceLauncher launcher;
    private volatile boolean closed;
    private double startupSeconds;

    private Stack(Layout layout, StackSettings settings, StackOptions options, PrintStream progress) {
        this.layout = layout;
        this.settings = settings;
        this.options = options;
        this.progress = progress;
    }

    /** A stack on throwaway data ({@link StackOptions#THROWAWAY}): {@code demo}, {@code drill}, the tests. */
    public static Stack start(Layout layout, StackSettings settings, Map<String, String> env, PrintStream progress) {
        return start(layout, settings, StackOptions.THROWAWAY, env, progress);
    }

    public static Stack start(Layout layout, StackSettings settings, StackOptions options, Map<String, String> env,
                              PrintStream progress) {
        Stack stack = new Stack(layout.ensureRunDir(), settings, options, progress);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll(env);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void startAll(Map<String, String> env) {
        long t0 = System.nanoTime();
        Compilation compilation = Compilation.from(env);
        requirePortsFree(env);
        this.env = Map.copyOf(env);
        data = options.data(layout.runDir());
        if (options.restoreFrom() != null) {
            data.adoptFiles(options.restoreFrom());
        }
        progress.println(options.describe(data));
        ExecutorService executor = Executors.newFixedThreadPool(2);
        CompletableFuture<Postgres> database = new CompletableFuture<>();
        try {
            // Keycloak is the slowest: built (once) while PostgreSQL starts, then started on its database; the services
            // start alongside it and wait for it (see ServiceLauncher).
            CompletableFuture<Void> keycloak = CompletableFuture.runAsync(() -> timed("keycloak", () -> {
                boolean built = timed("keycloak build", () -> Keycloak.buildOnce(layout, env));
                Postgres started = database.join();
                ChildProcess process = adopt(Keycloak.launch(layout, settings, env, started, data,
                        started.created(Keycloak.DATABASE), built));
                Keycloak.awaitReady(process, settings);
                return process;
            }), executor);
            CompletableFuture<Void> kafka = CompletableFuture.runAsync(() -> timed("kafka", () -> {
                ChildProcess process = adopt(KafkaBroker.launch(layout, settings, data));
                KafkaBroker.awaitReady(process, settings);
                return process;
            }), executor);
            List<String> databases = new ArrayList<>(PathwayService.all(settings).stream().map(PathwayService::database).toList());
            databases.add(Keycloak.DATABASE);
            try {
                postgres = timed("postgres", () -> Postgres.start(env, settings.postgresPort(), data, databases));
                database.complete(postgres);
            } catch (RuntimeException e) {
                database.completeExceptionally(e);
                throw e;
            }
            kafka.join();
            startServices(PathwayService.applications(settings), compilation);
            keycloak.join();
            if (options.observe()) {
                timed("prometheus", () -> {
                    ChildProcess process = adopt(Prometheus.launch(layout, settings, data, env));
                    Prometheus.awaitReady(process, settings);
                    return process;
                });
            }
        } finally {
            executor.shutdownNow();
        }
        startupSeconds = (System.nanoTime() - t0) / 1e9;
        progress.printf("Stack ready in %.1f s%n", startupSeconds);
    }

    private void startServices(List<PathwayService> services, Compilation compilation) {
        launcher = new ServiceLauncher(layout, settings, postgres, data, compilation, JavaHomes.java(JavaHomes.forServices(env)));
        long t0 = System.nanoTime();
        Map<PathwayService, ChildProcess> started = new LinkedHashMap<>();
        for (PathwayService service : services) {
            started.put(service, adopt(launcher.launch(service)));
        }
        started.forEach((service, process) -> ServiceLauncher.awaitReady(process, service));
        progress.printf("  %-20s ready in %5.1f s%n", "services (4) + workspace", (System.nanoTime() - t0) / 1e9);
    }

    private void requirePortsFree(Map<String, String> env) {
        PathwayService.applications(settings).forEach(service -> Readiness.requireFree(service.port(), service.name()));
        PathwayService.applications(settings).forEach(service -> Readiness.requireFree(service.managementPort(), service.name()));
        Readiness.requireFree(settings.kafkaPort(), "kafka");
        Readiness.requireFree(settings.kafkaControllerPort(), "kafka");
        Readiness.requireFree(settings.keycloakPort(), "keycloak");
        if (options.observe()) {
            Readiness.requireFree(settings.prometheusPort(), "prometheus");
        }
        String external = env.get(Postgres.EXTERNAL_URL_ENV);
        if (external == null || external.isBlank()) {
            Readiness.requireFree(settings.postgresPort(), "postgres");
        }
    }

    private ChildProcess adopt(ChildProcess child) {
        children.add(child);
        if (closed) {
            child.stop();
            throw new IllegalStateException("the stack was stopped while " + child.name() + " was starting");
        }
        return child;
    }

    private <T> T timed(String component, Supplier<T> start) {
        long t0 = System.nanoTime();
        T result = start.get();
        progress.printf("  %-20s ready in %5.1f s%n", component, (System.nanoTime() - t0) / 1e9);
        return result;
    }

    public Endpoints endpoints() {
        return settings.endpoints();
    }

    public Layout layout() {
        return layout;
    }

    public StackSettings settings() {
        return settings;
    }

    /** The four services' process names (not the workspace's). */
    public List<String> serviceNames() {
        return PathwayService.all(settings).stream().map(PathwayService::name).toList();
    }

    /** Where the stack's data is, and whether it is kept. */
    public StackData data() {
        return data;
    }

    /** The stack's PostgreSQL (its databases, and the administrator's login for backups). */
    public Postgres postgres() {
        return postgres;
    }

    /** The running process of a component ({@code kafka}, {@code keycloak}, {@code referral-service}, ...). */
    public ChildProcess process(String component) {
        synchronized (children) {
            return children.stream().filter(child -> child.name().equals(component)).reduce((first, last) -> last)
                    .orElseThrow(() -> new IllegalArgumentException("no running component " + component));
        }
    }

    /** Stops a component politely (SIGTERM, then forced after a grace period); it stays down until {@link #startAgain}. */
    public void stop(String component) {
        ChildProcess process = process(component);
        children.remove(process);
        process.stop();
    }

    /** Kills a component outright (SIGKILL: {@link ChildProcess#kill}); it stays down until {@link #startAgain}. */
    public void kill(String component) {
        ChildProcess process = process(component);
        children.remove(process);
        process.kill();
    }

    /**
     * Starts the broker or a service again after {@link #stop} or {@link #kill}, on the same ports and data, and waits
     * until it is ready (the broker accepts connections; the service answers {@code /q/health/ready}).
     */
    public void startAgain(String component) {
        if (closed) {
            throw new IllegalStateException("the stack is stopped");
        }
        if (component.equals("kafka")) {
            KafkaBroker.awaitReady(adopt(KafkaBroker.relaunch(layout, data)), settings, KafkaBroker.RESTART_READY);
            return;
        }
        if (component.equals("keycloak")) {
            Keycloak.awaitReady(adopt(Keycloak.launch(layout, settings, env, postgres, data, false, true)), settings);
            return;
        }
        PathwayService service = PathwayService.applications(settings).stream().filter(s -> s.name().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cannot start " + component + " again: the broker or a service"));
        ServiceLauncher.awaitReady(adopt(launcher.relaunch(service)), service);
    }

    /** Stops the embedded PostgreSQL, keeping its data directory (the services lose their connections meanwhile). */
    public void stopPostgres() {
        postgres.stopServer();
    }

    /** Starts the embedded PostgreSQL again on the same data directory and port. */
    public void startPostgres() {
        postgres.startServer();
    }

    public StackDescription description() {
        Map<String, URI> services = new LinkedHashMap<>();
        Map<String, String> databases = new LinkedHashMap<>();
        for (PathwayService service : PathwayService.applications(settings)) {
            services.put(service.name(), service.url());
            if (service.hasDatabase()) {
                databases.put(service.database(), postgres.jdbcUrl(service.database()));
            }
        }
        databases.put(Keycloak.DATABASE, postgres.jdbcUrl(Keycloak.DATABASE));
        Map<String, Long> processes = new LinkedHashMap<>();
        Map<String, Path> logs = new LinkedHashMap<>();
        synchronized (children) {
            children.forEach(child -> {
                processes.put(child.name(), child.pid());
                logs.put(child.name(), child.log());
            });
        }
        return new StackDescription(startedAt, Math.round(startupSeconds * 10) / 10.0, ProcessHandle.current().pid(),
                settings.sites(), settings.keycloakUrl(), settings.realms(), "pathway-cli", services,
                settings.endpoints().dashboard(), settings.kafkaBootstrap(), databases,
                postgres.user(), processes, logs, data.dir(), options.observe() ? Prometheus.url(settings) : null);
    }

    private static boolean isApplication(ChildProcess child) {
        return child.name().endsWith("-service") || child.name().equals(PathwayService.WORKSPACE);
    }

    /** The components that have stopped by themselves since start-up. */
    public List<ComponentFailure> exited() {
        synchronized (children) {
            return children.stream().filter(child -> !child.isAlive()).map(ChildProcess::exited).toList();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Running as the hook itself.
        }
        List<ChildProcess> reversed;
        synchronized (children) {
            reversed = new ArrayList<>(children);
        }
        Collections.reverse(reversed);
        // Services and the workspace first (they were started last), in parallel: each may take a few seconds to drain.
        reversed.parallelStream().filter(Stack::isApplication).forEach(ChildProcess::stop);
        reversed.stream().filter(child -> !isApplication(child)).forEach(ChildProcess::stop);
        if (postgres != null) {
            try {
                postgres.close();
            } catch (RuntimeException e) {
                progress.println("postgres did not stop cleanly: " + e.getMessage());
            }
        }
        if (data != null) {
            data.close();
        }
    }
}
