package org.pathway.testkit.infra;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A login to a PostgreSQL server, embedded or external: {@code url} names the server (and the database the login
 * connects to, usually {@code postgres}); an administrator's login creates and drops the databases others use.
 */
public record PostgresLogin(String url, String user, String password) {

    /** Runs the statements in order on one connection, each in its own transaction. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Whether the query returns a row. */
    public boolean exists(String query) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    /** A new connection to {@link #url}; the caller closes it. */
    public Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // The driver directly, not DriverManager: DriverManager refuses drivers from another class loader.
        Connection connection = new org.postgresql.Driver().connect(url, credentials);
        if (connection == null) {
            throw new SQLException("the server URL is not a jdbc:postgresql:// URL");
        }
        return connection;
    }

    /** The URL of another database on the same server, with the same parameters. */
    public String jdbcUrl(String database) {
        return JdbcUrls.withDatabase(url, database);
    }

    @Override
    public String toString() {
        return "PostgresLogin[" + user + " at " + url + "]";
    }
}
