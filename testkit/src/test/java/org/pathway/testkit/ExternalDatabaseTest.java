package org.pathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The PATHWAY_TEST_DB_URL path, against a separate PostgreSQL standing in for an external server. */
class ExternalDatabaseTest {

    private static EmbeddedPostgres external;

    @BeforeAll
    static void startStandInServer() throws Exception {
        external = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @AfterAll
    static void stopStandInServer() throws Exception {
        external.close();
    }

    @Test
    void createsAFreshDatabaseOnTheExternalServerAndDropsItOnClose(@TempDir Path workDir) throws Exception {
        Map<String, String> env = Map.of(
                TestDatabase.URL_ENV, "jdbc:postgresql://localhost:" + external.getPort() + "/postgres?ApplicationName=testkit",
                TestDatabase.USER_ENV, "postgres",
                TestDatabase.PASSWORD_ENV, "unused-under-trust");

        TestDatabase database = TestDatabase.create(env, workDir);
        String name = database.jdbcUrl().replaceAll(".*/([^/?]+)\\?.*", "$1");

        assertThat(database.isEmbedded()).isFalse();
        assertThat(database.jdbcUrl()).isEqualTo(
                "jdbc:postgresql://localhost:" + external.getPort() + "/" + name + "?ApplicationName=testkit");
        assertThat(name).matches("pathway_test_[0-9a-f]{12}");
        assertThat(database.user()).isEqualTo("postgres");
        assertThat(databases()).contains(name);

        database.close();

        assertThat(databases()).doesNotContain(name);
    }

    private static List<String> databases() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection connection = external.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select datname from pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
