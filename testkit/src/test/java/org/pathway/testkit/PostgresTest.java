package org.pathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresTest {

    private static Map<String, String> config;

    @BeforeAll
    static void startInfrastructure() {
        config = new PathwayInfrastructure().start();
    }

    @Test
    void answersOnTheConfiguredUrlWithPostgresql17() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("select version()")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void connectsToAFreshTestDatabaseRatherThanPostgres() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet database = statement.executeQuery("select current_database()")) {
            assertThat(database.next()).isTrue();
            assertThat(database.getString(1)).startsWith("pathway_test_").isNotEqualTo("postgres");
            assertThat(config.get("quarkus.datasource.jdbc.url")).endsWith("/" + database.getString(1));
        }
    }

    @Test
    void secondStartReturnsTheSameRunningInfrastructure() {
        assertThat(new PathwayInfrastructure().start()).isEqualTo(config);
    }

    private static Connection connect() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", config.get("quarkus.datasource.username"));
        credentials.setProperty("password", config.get("quarkus.datasource.password"));
        return new org.postgresql.Driver().connect(config.get("quarkus.datasource.jdbc.url"), credentials);
    }
}
