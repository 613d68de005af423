package org.pathway.reporting;

import io.quarkus.test.junit.QuarkusTest;
import org.pathway.testkit.openapi.OpenApiContract;

/** docs/openapi/reporting-service.yaml is what this service serves, valid and complete (regenerate: root README). */
@QuarkusTest
class ReportingOpenApiTest extends OpenApiContract {

    @Override
    protected String service() {
        return "reporting-service";
    }
}
