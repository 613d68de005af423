package org.pathway.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real PostgreSQL, a real Kafka broker and one OIDC issuer per site for {@code @QuarkusTest}s, started once per
 * JVM and shared by every test class. Annotate one class per test module with
 * {@code @QuarkusTestResource(PathwayInfrastructure.class)}.
 */
public class PathwayInfrastructure implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return new HashMap<>(SharedState.startOnce());
    }

    /** The infrastructure lives as long as the JVM; a shutdown hook stops it. */
    @Override
    public void stop() {
    }
}
