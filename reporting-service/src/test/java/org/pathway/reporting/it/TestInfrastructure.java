package org.pathway.reporting.it;

import io.quarkus.test.common.QuarkusTestResource;
import org.pathway.testkit.PathwayInfrastructure;

/** Real PostgreSQL, Kafka and OIDC issuers for every @QuarkusTest in this module, started once per JVM. */
@QuarkusTestResource(PathwayInfrastructure.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
