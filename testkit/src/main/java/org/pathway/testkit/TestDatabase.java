package org.pathway.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh, empty database for this JVM: on an embedded PostgreSQL by default, or on the server named by
 * {@code PATHWAY_TEST_DB_URL} (with {@code PATHWAY_TEST_DB_USER} and {@code PATHWAY_TEST_DB_PASSWORD}).
 */
final class TestDatabase implements AutoCloseable {

    static final String URL_ENV = "PATHWAY_TEST_DB_URL";
    static final String USER_ENV = "PATHWAY_TEST_DB_USER";
    static final String PASSWORD_ENV = "PATHWAY_TEST_DB_PASSWORD";

    private static final String EMBEDDED_USER = "postgres";
    private static final String EMBEDDED_PASSWORD = "postgres";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;
    private final EmbeddedPostgres embedded;

    private TestDatabase(String adminUrl, String user, String password, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
        this.name = "pathway_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    static TestDatabase create(Map<String, String> env) throws IOException, SQLException {
        String externalUrl = env.get(URL_ENV);
        TestDatabase database = externalUrl == null || externalUrl.isBlank()
                ? embedded()
                : new TestDatabase(externalUrl, env.getOrDefault(USER_ENV, "postgres"), env.getOrDefault(PASSWORD_ENV, ""), null);
        database.execute("create database " + database.name);
        return database;
    }

    private static TestDatabase embedded() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                // Durability is worthless for a throwaway test server and costs time on every commit.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "300")
                .start();
        String adminUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        return new TestDatabase(adminUrl, EMBEDDED_USER, EMBEDDED_PASSWORD, postgres);
    }

    String jdbcUrl() {
        return JdbcUrls.withDatabase(adminUrl, name);
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    private void execute(String sql) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // The driver directly, not DriverManager: DriverManager refuses drivers from another class loader.
        Connection connection = new org.postgresql.Driver().connect(adminUrl, credentials);
        if (connection == null) {
            throw new IllegalArgumentException(URL_ENV + " is not a jdbc:postgresql:// URL");
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try {
            execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }
}
