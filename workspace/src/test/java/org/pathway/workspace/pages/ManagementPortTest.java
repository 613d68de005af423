package org.pathway.workspace.pages;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Issue 21: the workspace's metrics are on its management port without sign-in, and no longer on its public port. */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class ManagementPortTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void metricsAreOnTheManagementPortWithoutSignInAndHealthStaysOnThePublicPort() {
        given().get(URI.create(management.toString()).resolve("/q/metrics"))
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));

        int publicMetrics = given().redirects().follow(false).get("/q/metrics").statusCode();
        assertThat(publicMetrics).as("the public port's /q/metrics: sign-in first, and nothing there after").isIn(302, 401, 404);

        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
