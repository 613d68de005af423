package org.pathway.testkit.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource({
        "jdbc:postgresql://127.0.0.1:5432/postgres,           jdbc:postgresql://127.0.0.1:5432/pathway_test_x",
        "jdbc:postgresql://db.example:5433/app?sslmode=require, jdbc:postgresql://db.example:5433/pathway_test_x?sslmode=require",
        "jdbc:postgresql://localhost,                          jdbc:postgresql://localhost/pathway_test_x",
        "jdbc:postgresql://localhost/,                         jdbc:postgresql://localhost/pathway_test_x",
        "jdbc:postgresql://localhost?ssl=false,                jdbc:postgresql://localhost/pathway_test_x?ssl=false",
    })
    void replacesOnlyTheDatabaseName(String url, String expected) {
        assertThat(JdbcUrls.withDatabase(url, "pathway_test_x")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://localhost/db", "jdbc:mysql://localhost/db", "jdbc:postgresql://", "jdbc:postgresql:db"})
    void rejectsUrlsThatAreNotPostgresqlWithAHost(String url) {
        assertThatThrownBy(() -> JdbcUrls.withDatabase(url, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
