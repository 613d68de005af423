package org.pathway.engagement;

import io.quarkus.test.junit.QuarkusTest;
import org.pathway.testkit.openapi.OpenApiContract;

/** docs/openapi/engagement-service.yaml is what this service serves, valid and complete (regenerate: root README). */
@QuarkusTest
class EngagementOpenApiTest extends OpenApiContract {

    @Override
    protected String service() {
        return "engagement-service";
    }
}
