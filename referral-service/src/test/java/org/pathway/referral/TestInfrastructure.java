package org.pathway.referral;

import io.quarkus.test.common.QuarkusTestResource;
import org.pathway.testkit.PathwayInfrastructure;

/** Real PostgreSQL, Kafka and OIDC issuers for every @QuarkusTest in this module, started once per JVM; {@link TestSettings}. */
@QuarkusTestResource(PathwayInfrastructure.class)
@QuarkusTestResource(TestSettings.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
