package org.pathway.chassis.problem;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A request that cannot have a database connection (every pooled one busy for the whole acquisition timeout) is
 * answered 503 with {@code Retry-After} and a problem body, not 500; once a connection is free the same request
 * succeeds. The pool is shrunk for the test (Agroal takes its size and timeout at run time) and restored after.
 */
@QuarkusTest
class DatabaseBusyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestThatFindsEveryConnectionBusyIs503WithRetryAfterThenSucceeds() throws SQLException {
        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        int maxSize = pool.maxSize();
        int minSize = pool.minSize();
        Duration timeout = pool.acquisitionTimeout();
        assertThat(timeout).as("the chassis' acquisition timeout").isEqualTo(Duration.ofSeconds(20));
        List<Connection> held = new ArrayList<>();
        try {
            pool.setMinSize(0);
            pool.setMaxSize(2);
            pool.setAcquisitionTimeout(Duration.ofMillis(500));
            // Idle connections closed now, those the service's own threads hold closed when they give them back: the
            // test then holds every connection the pool may have, and no other thread can give one back.
            dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (held.size() < 2 && System.nanoTime() < deadline) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException busy) {
                    // a relay pass or a consumer still holds one: it is closed when given back
                }
            }
            assertThat(held).as("every connection of the shrunk pool, held by the test").hasSize(2);
            given().auth().oauth2(token()).get("/sites/north-london/probe/notes")
                    .then().statusCode(503)
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .contentType("application/problem+json")
                    .body("status", equalTo(503))
                    .body("detail", containsString("Error id"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            pool.setMaxSize(maxSize);
            pool.setMinSize(minSize);
            pool.setAcquisitionTimeout(timeout);
        }
        given().auth().oauth2(token()).get("/sites/north-london/probe/notes").then().statusCode(200);
    }

    private static String token() {
        return Tokens.site("north-london", "lw1", "link-worker");
    }
}
