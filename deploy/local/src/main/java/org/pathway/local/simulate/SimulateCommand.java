package org.pathway.local.simulate;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.stack.Endpoints;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pathway simulate}: drives a simulated cohort through an already running stack and prints the report. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Drive a simulated cohort through a running Pathway stack (local or remote URLs) and print "
                + "reporting-service's feasibility report next to the simulator's own ground truth.",
                "Exit status 0 when every figure matches, 1 when any differs."})
public class SimulateCommand implements Callable<Integer> {

    private static final Endpoints DEFAULTS = Endpoints.localDefaults();

    @Option(names = "--young-people", description = "cohort size, split evenly over the sites (default: ${DEFAULT-VALUE})")
    int youngPeople = CohortSpec.DEFAULT_YOUNG_PEOPLE;

    @Option(names = "--seed", description = "same seed, same cohort (default: ${DEFAULT-VALUE})")
    long seed = CohortSpec.DEFAULT_SEED;

    @Option(names = "--referral-url", description = "default: ${DEFAULT-VALUE}")
    URI referral = DEFAULTS.referral();

    @Option(names = "--matching-url", description = "default: ${DEFAULT-VALUE}")
    URI matching = DEFAULTS.matching();

    @Option(names = "--engagement-url", description = "default: ${DEFAULT-VALUE}")
    URI engagement = DEFAULTS.engagement();

    @Option(names = "--reporting-url", description = "default: ${DEFAULT-VALUE}")
    URI reporting = DEFAULTS.reporting();

    @Option(names = "--workspace-url", description = "where the demo's dashboard link points (default: ${DEFAULT-VALUE})")
    URI workspace = DEFAULTS.workspace();

    @Option(names = "--identity-url", description = "Keycloak base URL (default: ${DEFAULT-VALUE})")
    URI identity = DEFAULTS.identity();

    @Option(names = "--hourly-rate-pence", paramLabel = "SITE=PENCE",
            description = "link-worker hourly rate reporting-service uses for a site, if not "
                    + Simulation.DEFAULT_HOURLY_RATE_PENCE)
    Map<String, Long> hourlyRates = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Endpoints endpoints = new Endpoints(referral, matching, engagement, reporting, identity, workspace);
        CohortSpec spec = new CohortSpec(youngPeople, seed, CohortSpec.DEFAULT_SITES);
        Simulation simulation = new Simulation(endpoints, new KeycloakTokenSource(identity), spec, System.out);
        hourlyRates.forEach(simulation::hourlyRatePence);
        SimulationResult result = simulation.run();
        result.print(System.out);
        return result.matches() ? 0 : 1;
    }
}
