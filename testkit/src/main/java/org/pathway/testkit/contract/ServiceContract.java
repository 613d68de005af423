package org.pathway.testkit.contract;

import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;

/**
 * What every Pathway service must show, whatever it does: it is ready only with its database and
 * Kafka, it refuses anonymous callers, and it serves its API description and metrics.
 * A service's test extends this (or {@link SiteFacingServiceContract}) inside its @QuarkusTest.
 */
public abstract class ServiceContract {

    /** A path that needs a token in this service. */
    protected abstract String protectedPath();

    /** A token this service accepts on {@link #protectedPath()}. */
    protected abstract String acceptedToken();

    @Test
    void readinessIsUpAndCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get(protectedPath()).then().statusCode(401);
    }

    @Test
    void tokensFromUntrustedIssuersOrUnpublishedKeysAreUnauthorized() {
        given().auth().oauth2(Tokens.rogue("someone", "researcher", "link-worker", "site-admin"))
                .get(protectedPath()).then().statusCode(401);
        given().auth().oauth2(Tokens.unpublishedKey("north-london", "someone", "researcher", "site-admin"))
                .get(protectedPath()).then().statusCode(401);
    }

    @Test
    void anAcceptedTokenGetsThrough() {
        given().auth().oauth2(acceptedToken()).get(protectedPath()).then().statusCode(200);
    }

    @Test
    void openApiDescriptionIsServed() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void metricsNeedATokenAndArePrometheusText() {
        given().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(acceptedToken()).get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
