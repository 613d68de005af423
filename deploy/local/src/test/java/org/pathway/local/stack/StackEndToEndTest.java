package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.simulate.Simulation;
import org.pathway.local.simulate.SimulationResult;
import org.pathway.local.workspace.WorkspaceScenario;

/**
 * The whole platform as `pathway demo` runs it (embedded PostgreSQL, Kafka from its own jars, Keycloak, the four
 * packaged services and the workspace as processes), started by {@link SharedStack} for this class and then
 * DrillEndToEndTest: a cohort of 60, whose every figure reporting-service reports must equal the simulator's own ground
 * truth; then the workspace in a real browser ({@link WorkspaceScenario}). The drills run after both. (Their PostgreSQL
 * restart once left Keycloak answering token requests with 500 until its pool had dropped each connection the restart
 * cut; now its pool validates a connection before lending it ({@link Keycloak#QUARKUS_PROPERTIES}), and the drill
 * checks that the first token request after the restart is answered.)
 * Alone ({@code -Dtest=StackEndToEndTest}) it starts the stack itself. Needs the services
 * and the workspace packaged first (the reactor builds them before this module). {@code -DskipE2E} skips it;
 * {@code PATHWAY_PORT_OFFSET} moves its ports off the defaults.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Order.DEFAULT + 1)
class StackEndToEndTest {

    private static final int YOUNG_PEOPLE = 60;

    private StackSettings settings;
    private Stack stack;

    @BeforeAll
    void shareTheStack(Stack shared) {
        stack = shared;
        settings = shared.settings();
    }

    @Test
    @Order(1)
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void reportsEqualTheSimulatorsGroundTruthForSixtyYoungPeople() {
        Endpoints endpoints = stack.endpoints();
        CohortSpec cohort = new CohortSpec(YOUNG_PEOPLE, CohortSpec.DEFAULT_SEED, settings.sites());
        Map<String, String> before = ManagementMeters.scrape(settings);

        SimulationResult result = new Simulation(endpoints, new KeycloakTokenSource(endpoints.identity()), cohort, System.out).run();

        result.print(System.out);
        List<ComponentFailure> stopped = stack.exited();
        assertThat(stopped).as("components that stopped during the run").isEmpty();
        assertThat(result.matches()).as("every reported figure equals the ground truth; logs in %s; %s",
                stack.layout().runDir(), result.verdict()).isTrue();
        // the figures compared include retention of each arm and the arm difference (issue 20)
        assertThat(result.figureCount("retention")).as("retention figures: 2 sites × 2 arms × 3 timepoints × 6").isEqualTo(72);
        assertThat(result.figureCount("difference")).as("arm difference figures").isPositive();
        metersMoved(before, ManagementMeters.scrape(settings));
    }

    /** Issue 21: every management port serves metrics without a token, and each service's named meter moved. */
    private static void metersMoved(Map<String, String> before, Map<String, String> after) {
        ManagementMeters.MOVED_BY_A_COHORT.forEach((service, meter) -> {
            System.out.println("--- " + service + " management port, " + meter + " after the cohort:\n"
                    + ManagementMeters.excerpt(after.get(service), meter));
            if (service.equals(PathwayService.WORKSPACE)) {
                assertThat(ManagementMeters.sum(after.get(service), meter)).as("%s %s", service, meter).isPositive();
            } else {
                assertThat(ManagementMeters.sum(after.get(service), meter)).as("%s %s grew over the cohort", service, meter)
                        .isGreaterThan(ManagementMeters.sum(before.get(service), meter));
            }
        });
    }

    /** After the cohort, so its referral does not enter the cohort's figures, and the dashboard has data to show. */
    @Test
    @Order(2)
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void linkWorkersSiteAdminsAndResearchersDoTheirWorkInABrowser() {
        Endpoints endpoints = stack.endpoints();
        Layout layout = stack.layout();

        new WorkspaceScenario(endpoints, new KeycloakTokenSource(endpoints.identity()), layout.repositoryRoot())
                .run(layout.runDir().resolve("workspace-pages.md"));

        assertThat(stack.exited()).as("components that stopped during the browser scenario").isEmpty();
    }
}
