package org.pathway.matching;

import io.quarkus.test.junit.QuarkusTest;
import org.pathway.testkit.openapi.OpenApiContract;

/** docs/openapi/matching-service.yaml is what this service serves, valid and complete (regenerate: root README). */
@QuarkusTest
class MatchingOpenApiTest extends OpenApiContract {

    @Override
    protected String service() {
        return "matching-service";
    }
}
