package org.pathway.testkit.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed OpenAPI document of a service ({@code docs/openapi/<service>.yaml}) is what the running code serves,
 * and is valid and complete ({@link OpenApiChecks}). A service's {@code @QuarkusTest} extends this. When the API
 * changed on purpose, {@code -Dopenapi.write=true} rewrites the committed document from the running code (see the
 * root README); review its diff like code.
 */
public abstract class OpenApiContract {

    public static final String WRITE = "openapi.write";

    /** The module's name, which is also the document's: {@code referral-service}. */
    protected abstract String service();

    @Test
    void theCommittedDocumentIsWhatTheRunningCodeServes() throws IOException {
        String served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        String running = OpenApiDocuments.canonical(served, oidcBaseUrl());
        Path committed = OpenApiDocuments.committed(service());
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(committed, running);
            return;
        }
        String expected = Files.exists(committed) ? OpenApiDocuments.read(committed) : "";
        assertThat(running)
                .withFailMessage("%s is not what the running code serves (first difference: %s). If the API changed "
                                + "on purpose, rewrite it with%n  ./mvnw -B -ntp -pl %s -am test -Dtest='%s' "
                                + "-Dsurefire.failIfNoSpecifiedTests=false -D%s=true%nand commit the diff.",
                        committed, OpenApiDocuments.firstDifference(expected, running), service(),
                        getClass().getSimpleName(), WRITE)
                .isEqualTo(expected);
    }

    @Test
    void theCommittedDocumentIsValidAndEveryOperationComplete() {
        String committed = OpenApiDocuments.read(OpenApiDocuments.committed(service()));
        assertThat(OpenApiChecks.problems(committed)).isEmpty();
        assertThat(OpenApiChecks.operations(committed)).isPositive();
    }

    /** The issuers' base address this test run gave the service (a free port): the platform realm's parent. */
    private static String oidcBaseUrl() {
        String platform = ConfigProvider.getConfig().getValue("quarkus.oidc.platform.auth-server-url", String.class);
        return platform.substring(0, platform.indexOf("/realms/"));
    }

}
