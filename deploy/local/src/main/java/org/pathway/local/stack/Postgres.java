package org.pathway.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The stack's PostgreSQL: a throwaway embedded cluster (zonky binaries, data under the run directory), or an
 * external server named by {@code PATHWAY_EXTERNAL_DB_URL}. Either way each service gets its own database,
 * created empty at start-up and owned by the login the services use. The embedded server can be stopped and started
 * again on the same data directory and port ({@link #stopServer}, {@link #startServer}: the drills); its data
 * directory is emptied at start-up and deleted at {@link #close}.
 */
public final class Postgres implements AutoCloseable {

    public static final String EXTERNAL_URL_ENV = "PATHWAY_EXTERNAL_DB_URL";
    public static final String EXTERNAL_USER_ENV = "PATHWAY_EXTERNAL_DB_USER";
    public static final String EXTERNAL_PASSWORD_ENV = "PATHWAY_EXTERNAL_DB_PASSWORD";

    /** Demo values, for this throwaway local cluster only. */
    static final String SERVICE_USER = "pathway";
    static final String SERVICE_PASSWORD = "pathway-demo";
    /** On an external server the databases are prefixed, so they cannot collide with anything of the owner's. */
    private static final String EXTERNAL_PREFIX = "pathway_local_";

    private final String adminUrl;
    private final Properties adminLogin;
    private final String serviceUser;
    private final String servicePassword;
    private final String prefix;
    private final int embeddedPort;
    private final Path dataDir;
    /** The running embedded server; null when external, or while stopped by {@link #stopServer}. */
    private volatile EmbeddedPostgres embedded;

    private Postgres(String adminUrl, Properties adminLogin, String serviceUser, String servicePassword, String prefix,
                     int embeddedPort, Path dataDir, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.adminLogin = adminLogin;
        this.serviceUser = serviceUser;
        this.servicePassword = servicePassword;
        this.prefix = prefix;
        this.embeddedPort = embeddedPort;
        this.dataDir = dataDir;
        this.embedded = embedded;
    }

    /** Starts the embedded cluster, or connects to the external server when the environment names one. */
    public static Postgres start(Map<String, String> env, int embeddedPort, Path dataDir, List<String> databases) {
        String externalUrl = env.get(EXTERNAL_URL_ENV);
        Postgres postgres = externalUrl == null || externalUrl.isBlank()
                ? embedded(embeddedPort, dataDir)
                : external(externalUrl, env.getOrDefault(EXTERNAL_USER_ENV, "postgres"), env.getOrDefault(EXTERNAL_PASSWORD_ENV, ""));
        try {
            postgres.createDatabases(databases);
        } catch (SQLException e) {
            postgres.close();
            throw new ComponentFailure("postgres", "could not create the service databases: " + e.getMessage(), "");
        }
        return postgres;
    }

    private static Postgres embedded(int port, Path dataDir) {
        try {
            // Emptied here and deleted at close, not by zonky: a restart (startServer) must find the data again.
            StackFiles.deleteRecursively(dataDir);
            return new Postgres("jdbc:postgresql://localhost:" + port + "/postgres", login("postgres", "postgres"),
                    SERVICE_USER, SERVICE_PASSWORD, "", port, dataDir, startEmbedded(port, dataDir));
        } catch (IOException e) {
            throw new ComponentFailure("postgres", "did not start: " + e.getMessage(), "");
        }
    }

    /** Starts the server on the data directory: initialises it when empty, reuses it otherwise. */
    private static EmbeddedPostgres startEmbedded(int port, Path dataDir) throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // A throwaway demo cluster: durability would only cost time on every commit.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "300")
                .start();
    }

    private static Postgres external(String url, String user, String password) {
        return new Postgres(url, login(user, password), user, password, EXTERNAL_PREFIX, 0, null, null);
    }

    public boolean isEmbedded() {
        return dataDir != null;
    }

    /** Stops the embedded server (a fast shutdown: open connections are cut), keeping its data directory. */
    public synchronized void stopServer() {
        requireEmbedded("stop");
        EmbeddedPostgres running = embedded;
        embedded = null;
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Starts the embedded server again on the same data directory and port (after {@link #stopServer}). */
    public synchronized void startServer() {
        requireEmbedded("start");
        if (embedded != null) {
            return;
        }
        try {
            embedded = startEmbedded(embeddedPort, dataDir);
        } catch (IOException e) {
            throw new ComponentFailure("postgres", "did not start again: " + e.getMessage(), "");
        }
    }

    private void requireEmbedded(String action) {
        if (!isEmbedded()) {
            throw new IllegalStateException("cannot " + action + " an external PostgreSQL (" + adminUrl + ")");
        }
    }

    /** The JDBC URL of a service's database ({@code referral}, {@code matching}, ...). */
    public String jdbcUrl(String database) {
        int query = adminUrl.indexOf('?');
        String parameters = query < 0 ? "" : adminUrl.substring(query);
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + prefix + database + parameters;
    }

    public String user() {
        return serviceUser;
    }

    public String password() {
        return servicePassword;
    }

    private void createDatabases(List<String> databases) throws SQLException {
        try (Connection connection = new org.postgresql.Driver().connect(adminUrl, adminLogin)) {
            if (connection == null) {
                throw new SQLException(EXTERNAL_URL_ENV + " is not a jdbc:postgresql:// URL");
            }
            try (Statement statement = connection.createStatement()) {
                if (isEmbedded()) {
                    statement.execute("create role " + serviceUser + " login password '" + servicePassword + "'");
                }
                for (String database : databases) {
                    // Every start begins from empty databases: the demo's ground truth counts from zero.
                    statement.execute("drop database if exists " + prefix + database + " with (force)");
                    statement.execute("create database " + prefix + database + " owner " + serviceUser);
                }
            }
        }
    }

    private static Properties login(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }

    @Override
    public synchronized void close() {
        if (!isEmbedded()) {
            return;
        }
        try {
            if (embedded != null) {
                embedded.close();
                embedded = null;
            }
            StackFiles.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
