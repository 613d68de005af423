package org.pathway.testkit.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 17 server (zonky binaries, works as root) for throwaway data, on a given port and data
 * directory: the test JVM's server (testkit) and the local stack's (deploy/local). It can be stopped and started
 * again on the same port and data ({@link #stop}, {@link #startAgain}: the local stack's drills). The data
 * directory is initialised when empty and reused otherwise; deleting it is the caller's business. By default the
 * server trades durability for speed ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} off: the
 * data is thrown away); {@link #startDurable} keeps PostgreSQL's own defaults, for data that must survive a crash
 * (the local stack's {@code pathway up}).
 */
public final class PostgresServer implements AutoCloseable {

    /** The superuser initdb creates; local connections are trusted, so the password is a formality. */
    private static final String SUPERUSER = "postgres";

    private final int port;
    private final Path dataDir;
    private final boolean durable;
    /** The running server; null while stopped. */
    private EmbeddedPostgres running;

    private PostgresServer(int port, Path dataDir, boolean durable) {
        this.port = port;
        this.dataDir = dataDir;
        this.durable = durable;
    }

    /** A server for throwaway data: nothing is flushed to disk before a commit returns. */
    public static PostgresServer start(int port, Path dataDir) throws IOException {
        return start(new PostgresServer(port, dataDir, false));
    }

    /** A server whose commits are on disk when they return ({@code fsync} on), for data to keep. */
    public static PostgresServer startDurable(int port, Path dataDir) throws IOException {
        return start(new PostgresServer(port, dataDir, true));
    }

    private static PostgresServer start(PostgresServer server) throws IOException {
        server.running = server.launch();
        return server;
    }

    private EmbeddedPostgres launch() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "300");
        // Thrown-away data: durability would only cost time on every commit. Kept data: PostgreSQL's own defaults,
        // spelt out (zonky's builder turns synchronous_commit off unless told).
        String durability = durable ? "on" : "off";
        builder.setServerConfig("fsync", durability)
                .setServerConfig("synchronous_commit", durability)
                .setServerConfig("full_page_writes", durability);
        return builder.start();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The superuser's login to the {@code postgres} database. */
    public PostgresLogin superuser() {
        return new PostgresLogin("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, SUPERUSER);
    }

    /**
     * Stops the server (a fast shutdown: open connections are cut), keeping its data directory, and returns once the
     * postmaster has exited: {@code pg_ctl} gives up waiting after a few seconds, and a durable server's shutdown
     * checkpoint on a busy machine can take longer, leaving the port taken for the next start.
     */
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        EmbeddedPostgres stopping = running;
        running = null;
        java.util.Optional<ProcessHandle> postmaster = postmaster();
        try {
            stopping.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postmaster.ifPresent(process -> {
            try {
                process.onExit().get(STOP_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL (pid " + process.pid() + ") still running "
                        + STOP_TIMEOUT_SECONDS + " s after its stop", e);
            }
        });
    }

    private static final long STOP_TIMEOUT_SECONDS = 120;

    /** The running postmaster, from the first line of {@code postmaster.pid}. */
    private java.util.Optional<ProcessHandle> postmaster() {
        try {
            String pid = java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    /** Starts the server again on the same port and data directory, after {@link #stop}. */
    public synchronized void startAgain() throws IOException {
        if (running == null) {
            running = launch();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
