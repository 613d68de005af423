package org.pathway.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.testkit.infra.Directories;
import org.pathway.testkit.infra.PostgresLogin;
import org.pathway.testkit.infra.PostgresServer;

/**
 * The stack's PostgreSQL: a throwaway embedded server (the testkit's {@link PostgresServer}, data under the run
 * directory), or an external server named by {@code PATHWAY_EXTERNAL_DB_URL}. Either way each service gets its own
 * database, created empty at start-up and owned by the login the services use. The embedded server can be stopped
 * and started again on the same data directory and port ({@link #stopServer}, {@link #startServer}: the drills); its
 * data directory is emptied at start-up and deleted at {@link #close}.
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

    private final PostgresLogin admin;
    private final String serviceUser;
    private final String servicePassword;
    private final String prefix;
    /** The embedded server; null when external. */
    private final PostgresServer embedded;

    private Postgres(PostgresLogin admin, String serviceUser, String servicePassword, String prefix, PostgresServer embedded) {
        this.admin = admin;
        this.serviceUser = serviceUser;
        this.servicePassword = servicePassword;
        this.prefix = prefix;
        this.embedded = embedded;
    }

    /** Starts the embedded server, or connects to the external server when the environment names one. */
    public static Postgres start(Map<String, String> env, int embeddedPort, Path dataDir, List<String> databases) {
        String externalUrl = env.get(EXTERNAL_URL_ENV);
        Postgres postgres = externalUrl == null || externalUrl.isBlank()
                ? embedded(embeddedPort, dataDir)
                : external(new PostgresLogin(externalUrl, env.getOrDefault(EXTERNAL_USER_ENV, "postgres"),
                        env.getOrDefault(EXTERNAL_PASSWORD_ENV, "")));
        try {
            postgres.admin.execute(postgres.createDatabases(databases));
        } catch (SQLException e) {
            postgres.close();
            throw new ComponentFailure("postgres", "could not create the service databases: " + e.getMessage(), "");
        }
        return postgres;
    }

    private static Postgres embedded(int port, Path dataDir) {
        try {
            // Emptied here and deleted at close: a restart (startServer) must find the data again.
            Directories.deleteRecursively(dataDir);
            PostgresServer server = PostgresServer.start(port, dataDir);
            return new Postgres(server.superuser(), SERVICE_USER, SERVICE_PASSWORD, "", server);
        } catch (IOException e) {
            throw new ComponentFailure("postgres", "did not start: " + e.getMessage(), "");
        }
    }

    private static Postgres external(PostgresLogin login) {
        return new Postgres(login, login.user(), login.password(), EXTERNAL_PREFIX, null);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Stops the embedded server (a fast shutdown: open connections are cut), keeping its data directory. */
    public void stopServer() {
        requireEmbedded("stop").stop();
    }

    /** Starts the embedded server again on the same data directory and port (after {@link #stopServer}). */
    public void startServer() {
        try {
            requireEmbedded("start").startAgain();
        } catch (IOException e) {
            throw new ComponentFailure("postgres", "did not start again: " + e.getMessage(), "");
        }
    }

    private PostgresServer requireEmbedded(String action) {
        if (!isEmbedded()) {
            throw new IllegalStateException("cannot " + action + " an external PostgreSQL (" + admin.url() + ")");
        }
        return embedded;
    }

    /** The JDBC URL of a service's database ({@code referral}, {@code matching}, ...). */
    public String jdbcUrl(String database) {
        return admin.jdbcUrl(prefix + database);
    }

    public String user() {
        return serviceUser;
    }

    public String password() {
        return servicePassword;
    }

    private String[] createDatabases(List<String> databases) {
        List<String> statements = new ArrayList<>();
        if (isEmbedded()) {
            statements.add("create role " + serviceUser + " login password '" + servicePassword + "'");
        }
        for (String database : databases) {
            // Every start begins from empty databases: the demo's ground truth counts from zero.
            statements.add("drop database if exists " + prefix + database + " with (force)");
            statements.add("create database " + prefix + database + " owner " + serviceUser);
        }
        return statements.toArray(String[]::new);
    }

    @Override
    public void close() {
        if (!isEmbedded()) {
            return;
        }
        embedded.close();
        try {
            Directories.deleteRecursively(embedded.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
