package org.pathway.engagement;

import io.quarkus.test.junit.QuarkusTest;
import org.pathway.testkit.contract.SiteFacingServiceContract;

/** Boots the service against real PostgreSQL, Kafka and OIDC and checks the platform contract. */
@QuarkusTest
class EngagementServiceContractTest extends SiteFacingServiceContract {
}
