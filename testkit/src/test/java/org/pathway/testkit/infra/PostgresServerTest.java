package org.pathway.testkit.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @Test
    void startsAgainOnTheSamePortWithItsDataAfterAStop(@TempDir Path dir) throws Exception {
        try (PostgresServer server = PostgresServer.start(Ports.free(), dir.resolve("data"))) {
            PostgresLogin admin = server.superuser();
            admin.execute("create database kept", "create role keeper login password 'demo'");

            server.stop();
            assertThatThrownBy(() -> admin.execute("select 1")).isInstanceOf(SQLException.class);

            server.startAgain();
            assertThat(admin.url()).endsWith(":" + server.port() + "/postgres");
            assertThat(count(admin, "select count(*) from pg_database where datname = 'kept'")).isEqualTo(1);
            assertThat(count(admin, "select count(*) from pg_roles where rolname = 'keeper'")).isEqualTo(1);
        }
    }

    @Test
    void runsPostgresql17WithoutDurabilityForThrowawayData(@TempDir Path dir) throws Exception {
        try (PostgresServer server = PostgresServer.start(Ports.free(), dir.resolve("data"))) {
            assertThat(value(server.superuser(), "select version()")).startsWith("PostgreSQL 17");
            assertThat(value(server.superuser(), "show fsync")).isEqualTo("off");
            assertThat(value(server.superuser(), "show synchronous_commit")).isEqualTo("off");
            assertThat(value(server.superuser(), "show max_connections")).isEqualTo("300");
        }
    }

    @Test
    void aDurableServerFlushesEveryCommit(@TempDir Path dir) throws Exception {
        try (PostgresServer server = PostgresServer.startDurable(Ports.free(), dir.resolve("data"))) {
            assertThat(value(server.superuser(), "show fsync")).isEqualTo("on");
            assertThat(value(server.superuser(), "show synchronous_commit")).isEqualTo("on");
            assertThat(value(server.superuser(), "show full_page_writes")).isEqualTo("on");
        }
    }

    private static long count(PostgresLogin login, String sql) throws SQLException {
        return Long.parseLong(value(login, sql));
    }

    private static String value(PostgresLogin login, String sql) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", login.user());
        credentials.setProperty("password", login.password());
        try (Connection connection = new org.postgresql.Driver().connect(login.url(), credentials);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
