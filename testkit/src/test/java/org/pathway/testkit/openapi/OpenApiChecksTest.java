package org.pathway.testkit.openapi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiChecksTest {

    /** One complete operation; each case below breaks one thing in it. */
    private static final String DOCUMENT = """
            openapi: 3.1.0
            info:
              title: example API
              version: "1"
            paths:
              /sites/{siteId}/things:
                post:
                  summary: Make a thing
                  tags:
                    - Things
                  parameters:
                    - in: path
                      name: siteId
                      required: true
                      schema:
                        type: string
                  responses:
                    "201":
                      description: Created
                    "401":
                      description: No token.
                      content:
                        application/problem+json:
                          schema:
                            $ref: "#/components/schemas/Problem"
                    "422":
                      description: Invalid fields.
                      content:
                        application/problem+json:
                          schema:
                            $ref: "#/components/schemas/Problem"
                  security:
                    - site-north-london:
                        - link-worker
            components:
              schemas:
                Problem:
                  type: object
              securitySchemes:
                site-north-london:
                  type: openIdConnect
                  openIdConnectUrl: http://localhost:8180/realms/site-north-london/.well-known/openid-configuration
            """;

    @Test
    void aCompleteDocumentHasNoProblems() {
        assertThat(OpenApiChecks.problems(DOCUMENT)).isEmpty();
        assertThat(OpenApiChecks.operations(DOCUMENT)).isEqualTo(1);
    }

    static Stream<Arguments> brokenPieces() {
        String op = "POST /sites/{siteId}/things";
        return Stream.of(
                Arguments.of("      summary: Make a thing\n", "", op + " has no summary"),
                Arguments.of("      tags:\n        - Things\n", "      tags: []\n", op + " has no tag"),
                Arguments.of("$ref: \"#/components/schemas/Problem\"", "type: object",
                        op + " lists 422 without a Problem (or OperationOutcome) body"),
                Arguments.of("application/problem+json:", "application/json:",
                        op + " lists 422 without a Problem (or OperationOutcome) body"),
                Arguments.of("        \"401\":\n", "        \"400\":\n          description: Bad.\n        \"401\":\n",
                        op + " lists 400 without a Problem (or OperationOutcome) body"),
                Arguments.of("          description: No token.\n          content:\n", "          description: No token.\n          x-content:\n",
                        op + " lists 401 without a Problem (or OperationOutcome) body"),
                Arguments.of("        - site-north-london:", "        - site-cardiff-vale:",
                        op + " names the undefined security scheme site-cardiff-vale"),
                Arguments.of("      security:\n        - site-north-london:\n            - link-worker\n", "",
                        op + " does not say who may call it (no security requirement)"),
                Arguments.of("        \"401\":\n          description: No token.\n          content:\n            application/problem+json:\n"
                        + "              schema:\n                $ref: \"#/components/schemas/Problem\"\n", "",
                        op + " is secured but lists no 401"),
                Arguments.of("    Problem:", "    Other:", "components.schemas has no Problem"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("brokenPieces")
    void eachMissingPieceIsNamed(String from, String to, String expected) {
        String broken = DOCUMENT.replace(from, to);
        assertThat(broken).isNotEqualTo(DOCUMENT);
        assertThat(OpenApiChecks.problems(broken)).contains(expected);
    }

    @Test
    void theValidatorsMessagesComeFirst() {
        String invalid = DOCUMENT.replace("  title: example API\n", "");
        assertThat(OpenApiChecks.validatorMessages(invalid)).isNotEmpty().allMatch(m -> m.startsWith("swagger-parser"));
        assertThat(OpenApiChecks.problems(invalid).get(0)).startsWith("swagger-parser");
    }
}
