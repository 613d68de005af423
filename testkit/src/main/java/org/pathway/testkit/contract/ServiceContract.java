package org.pathway.testkit.contract;

import java.net.URI;
import java.net.URL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;

/**
 * What every Pathway service must show, whatever it does: it is ready only with its database and
 * Kafka, it refuses anonymous callers, and it serves its API description, and metrics and health on its management port.
 * A service's test extends this (or {@link SiteFacingServiceContract}) inside its @QuarkusTest.
 */
public abstract class ServiceContract {

    static final String PROBLEM_JSON = "application/problem+json";

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
    void noTokenIsUnauthorizedWithAProblem() {
        unauthorized(given());
    }

    @Test
    void tokensFromUntrustedIssuersOrUnpublishedKeysAreUnauthorizedWithAProblem() {
        unauthorized(given().auth().oauth2(Tokens.rogue("someone", "researcher", "link-worker", "site-admin")));
        unauthorized(given().auth().oauth2(Tokens.unpublishedKey("north-london", "someone", "researcher", "site-admin")));
    }

    /** API.md: every error is problem+json, the security layer's 401 too; the bearer challenge stays. */
    private void unauthorized(RequestSpecification request) {
        request.get(protectedPath()).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(401))
                .body("type", equalTo("https://pathway.example/problems/unauthorized"));
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

    /** The management interface (issue 21): metrics and health for Prometheus and probes, no token. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** An absolute path on the management port. */
    protected String onManagementPort(String path) {
        return URI.create(management.toString()).resolve(path).toString();
    }

    @Test
    void metricsAreServedOnTheManagementPortWithoutATokenAndNotOnThePublicPort() {
        given().get(onManagementPort("/q/metrics"))
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(acceptedToken()).get("/q/metrics").then().statusCode(404);
    }

    @Test
    void healthIsServedOnTheManagementPortWithoutAToken() {
        given().get(onManagementPort("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().get(onManagementPort("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }
}
