package org.pathway.local.cli;

import java.util.concurrent.Callable;

import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.simulate.Simulation;
import org.pathway.local.simulate.SimulationResult;
import org.pathway.local.stack.Compilation;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one-command demo: starts the whole stack in this process, sends a simulated cohort through both sites, prints
 * reporting-service's report next to the simulator's ground truth, and stops (unless {@code --keep-running}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start everything, simulate a cohort over both demo sites, print the report, stop.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--young-people", defaultValue = "" + CohortSpec.DEFAULT_YOUNG_PEOPLE,
            description = "Cohort size (default ${DEFAULT-VALUE}).")
    int youngPeople;

    @Option(names = "--seed", defaultValue = "" + CohortSpec.DEFAULT_SEED,
            description = "Decides the whole cohort: the same seed gives the same cohort (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep-running", description = "Leave the stack running after the report (stop it with Ctrl-C or `./pathway down`).")
    boolean keepRunning;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Layout layout = Layout.discover();
        System.out.println("Starting the stack (logs in " + layout.runDir() + ") ...");
        try (StackSession session = StackSession.start(layout, StackOptions.THROWAWAY,
                Compilation.QUICK.unlessChosen(System.getenv()), System.out)) {
            var endpoints = session.stack().endpoints();
            CohortSpec spec = new CohortSpec(youngPeople, seed, CohortSpec.DEFAULT_SITES);
            SimulationResult result = new Simulation(endpoints, new KeycloakTokenSource(endpoints.identity()), spec, System.out).run();
            result.print(System.out);
            System.out.printf("%nDemo: %d young people, from start to report in %.0f s.%n", youngPeople, (System.nanoTime() - t0) / 1e9);
            if (keepRunning) {
                System.out.println("The stack keeps running; stop it with Ctrl-C or `./pathway down`.");
                Summary.print(session.stack().description(), System.out);
                session.holdUntilStopped(System.out);
            }
            return result.matches() ? 0 : 1;
        }
    }
}
