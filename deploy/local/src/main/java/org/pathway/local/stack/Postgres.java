package org.pathway.local.stack;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.testkit.infra.PostgresLogin;
import org.pathway.testkit.infra.PostgresServer;

/**
 * The stack's PostgreSQL: an embedded server (the testkit's {@link PostgresServer}, its data directory in the stack's
 * {@link StackData}, durable when that data is kept), or an external server named by {@code PATHWAY_EXTERNAL_DB_URL}.
 * Either way each service (and Keycloak) gets its own database, owned by the login the services use: created empty
 * when the stack's data starts empty, otherwise kept as it was (and created only if missing). The embedded server can
 * be stopped and started again on the same data directory and port ({@link #stopServer}, {@link #startServer}: the
 * drills).
 */
public final class Postgres implements AutoCloseable {

    public static final String EXTERNAL_URL_ENV = "PATHWAY_EXTERNAL_DB_URL";
    public static final String EXTERNAL_USER_ENV = "PATHWAY_EXTERNAL_DB_USER";
    public static final String EXTERNAL_PASSWORD_ENV = "PATHWAY_EXTERNAL_DB_PASSWORD";

    /** Demo values, for this local cluster only (it listens on localhost). */
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
    /** The databases this start created (all of them when the data started empty). */
    private final Set<String> created = new HashSet<>();

    private Postgres(PostgresLogin admin, String serviceUser, String servicePassword, String prefix, PostgresServer embedded) {
        this.admin = admin;
        this.serviceUser = serviceUser;
        this.servicePassword = servicePassword;
        this.prefix = prefix;
        this.embedded = embedded;
    }

    /** Starts the embedded server, or connects to the external server when the environment names one. */
    public static Postgres start(Map<String, String> env, int embeddedPort, StackData data, List<String> databases) {
        String externalUrl = env.get(EXTERNAL_URL_ENV);
        Postgres postgres = externalUrl == null || externalUrl.isBlank()
                ? embedded(embeddedPort, data)
                : external(new PostgresLogin(externalUrl, env.getOrDefault(EXTERNAL_USER_ENV, "postgres"),
                        env.getOrDefault(EXTERNAL_PASSWORD_ENV, "")));
        try {
            postgres.prepare(databases, data.emptyAtStart());
        } catch (SQLException e) {
            postgres.close();
            throw new ComponentFailure("postgres", "could not create the service databases: " + e.getMessage(), "");
        }
        return postgres;
    }

    private static Postgres embedded(int port, StackData data) {
        try {
            PostgresServer server = data.durable() ? PostgresServer.startDurable(port, data.postgres())
                    : PostgresServer.start(port, data.postgres());
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

    /** The administrator's login to a database of the stack (a superuser on the embedded server: restores need one). */
    public PostgresLogin adminLogin(String database) {
        return new PostgresLogin(admin.jdbcUrl(prefix + database), admin.user(), admin.password());
    }

    /** The password of the services' login: the demo value, or the external server's login's. */
    public static String servicePassword(Map<String, String> env) {
        String externalUrl = env.get(EXTERNAL_URL_ENV);
        return externalUrl == null || externalUrl.isBlank() ? SERVICE_PASSWORD : env.getOrDefault(EXTERNAL_PASSWORD_ENV, "");
    }

    /** Whether this start created {@code database} (empty), rather than finding it kept. */
    public boolean created(String database) {
        return created.contains(database);
    }

    /**
     * The service login and one database per name: dropped and created empty when the data starts empty (a demo's
     * ground truth counts from zero; {@code --fresh}), otherwise created only where missing.
     */
    private void prepare(List<String> databases, boolean empty) throws SQLException {
        List<String> statements = new ArrayList<>();
        if (isEmbedded() && !admin.exists("select 1 from pg_roles where rolname = '" + serviceUser + "'")) {
            statements.add("create role " + serviceUser + " login password '" + servicePassword + "'");
        }
        for (String database : databases) {
            String name = prefix + database;
            if (empty) {
                statements.add("drop database if exists " + name + " with (force)");
            } else if (admin.exists("select 1 from pg_database where datname = '" + name + "'")) {
                continue;
            }
            statements.add("create database " + name + " owner " + serviceUser);
            created.add(database);
        }
        admin.execute(statements.toArray(String[]::new));
    }

    /** Stops the embedded server (its data directory stays: {@link StackData} decides what is kept). */
    @Override
    public void close() {
        if (isEmbedded()) {
            embedded.close();
        }
    }
}
