package org.pathway.chassis;

import io.quarkus.test.common.QuarkusTestResource;
import org.pathway.testkit.PathwayInfrastructure;

/** Real PostgreSQL, Kafka and OIDC issuers for every @QuarkusTest in this module, started once. */
@QuarkusTestResource(PathwayInfrastructure.class)
public final class ChassisInfrastructure {
    private ChassisInfrastructure() {
    }
}
