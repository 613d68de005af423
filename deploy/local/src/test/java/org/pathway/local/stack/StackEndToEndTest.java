package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.simulate.Simulation;
import org.pathway.local.simulate.SimulationResult;

/**
 * The whole platform as `pathway demo` runs it (embedded PostgreSQL, Kafka from its own jars, Keycloak, the four
 * packaged services as processes), with a cohort of 60: every figure reporting-service reports must equal the
 * simulator's own ground truth. Needs the services packaged first (the reactor builds them before this module).
 * {@code -DskipE2E} skips it; {@code PATHWAY_PORT_OFFSET} moves its ports off the defaults.
 */
class StackEndToEndTest {

    private static final int YOUNG_PEOPLE = 60;

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void reportsEqualTheSimulatorsGroundTruthForSixtyYoungPeople() {
        StackSettings settings = StackSettings.fromEnvironment(System.getenv());
        EndToEndStack.run("e2e-run", settings, stack -> {
            Endpoints endpoints = stack.endpoints();
            CohortSpec cohort = new CohortSpec(YOUNG_PEOPLE, CohortSpec.DEFAULT_SEED, settings.sites());

            SimulationResult result = new Simulation(endpoints, new KeycloakTokenSource(endpoints.identity()), cohort, System.out).run();

            result.print(System.out);
            List<ComponentFailure> stopped = stack.exited();
            assertThat(stopped).as("components that stopped during the run").isEmpty();
            assertThat(result.matches()).as("every reported figure equals the ground truth; logs in " + stack.layout().runDir()).isTrue();
        });
    }
}
