package org.pathway.referral;

import io.quarkus.test.junit.QuarkusTest;
import org.pathway.testkit.openapi.OpenApiContract;

/** docs/openapi/referral-service.yaml is what this service serves, valid and complete (regenerate: root README). */
@QuarkusTest
class ReferralOpenApiTest extends OpenApiContract {

    @Override
    protected String service() {
        return "referral-service";
    }
}
