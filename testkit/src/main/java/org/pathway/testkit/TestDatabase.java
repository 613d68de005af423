package org.pathway.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.pathway.testkit.infra.Directories;
import org.pathway.testkit.infra.PostgresLogin;
import org.pathway.testkit.infra.Ports;
import org.pathway.testkit.infra.PostgresServer;

/**
 * A fresh, empty database for this JVM: on an embedded PostgreSQL by default, or on the server named by
 * {@code PATHWAY_TEST_DB_URL} (with {@code PATHWAY_TEST_DB_USER} and {@code PATHWAY_TEST_DB_PASSWORD}).
 */
record TestDatabase(PostgresLogin admin, String name, PostgresServer embedded) implements AutoCloseable {

    static final String URL_ENV = "PATHWAY_TEST_DB_URL";
    static final String USER_ENV = "PATHWAY_TEST_DB_USER";
    static final String PASSWORD_ENV = "PATHWAY_TEST_DB_PASSWORD";

    /**
     * @param admin    a login that may create and drop databases on the server
     * @param embedded the embedded server; null on an external one
     */
    TestDatabase(PostgresLogin admin, PostgresServer embedded) {
        this(admin, "pathway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT),
                embedded);
    }

    /** On an external server when {@code env} names one, else on an embedded server with its data in {@code workDir}. */
    static TestDatabase create(Map<String, String> env, Path workDir) throws IOException, SQLException {
        String externalUrl = env.get(URL_ENV);
        TestDatabase database;
        if (externalUrl == null || externalUrl.isBlank()) {
            PostgresServer server = PostgresServer.start(Ports.free(), workDir.resolve("postgres-" + UUID.randomUUID()));
            database = new TestDatabase(server.superuser(), server);
        } else {
            database = new TestDatabase(new PostgresLogin(externalUrl, env.getOrDefault(USER_ENV, "postgres"),
                    env.getOrDefault(PASSWORD_ENV, "")), null);
        }
        try {
            database.admin.execute("create database " + database.name);
        } catch (SQLException | RuntimeException e) {
            if (database.isEmbedded()) {
                database.close();
            }
            throw new SQLException("could not create the test database on "
                    + (database.isEmbedded() ? "the embedded server" : URL_ENV) + ": " + e.getMessage(), e);
        }
        return database;
    }

    String jdbcUrl() {
        return admin.jdbcUrl(name);
    }

    String user() {
        return admin.user();
    }

    String password() {
        return admin.password();
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
            try {
                Directories.deleteRecursively(embedded.dataDir());
            } catch (IOException e) {
                System.err.println("pathway-testkit: could not delete " + embedded.dataDir() + ": " + e);
            }
            return;
        }
        try {
            admin.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }
}
