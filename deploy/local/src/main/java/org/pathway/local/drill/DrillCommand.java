package org.pathway.local.drill;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.pathway.local.simulate.CohortSpec;
import org.pathway.local.stack.Compilation;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Stack;
import org.pathway.local.stack.StackSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pathway drill}: starts its own stack (as {@code demo} does) and runs the reliability drills against it, each
 * during a simulated cohort's steady traffic and each ending with the ground-truth check. Exit status 0 only if every
 * drill passed.
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Start the stack and run the reliability drills (broker-outage, service-kill, offset-reset, "
                + "poison-message, postgres-restart), each during a simulated cohort's traffic and each ending with a "
                + "ground-truth check. Exit status 0 only if all pass.")
public final class DrillCommand implements Callable<Integer> {

    @Option(names = "--only", split = ",", paramLabel = "<name>",
            description = "Run only these drills (repeatable or comma-separated): broker-outage, service-kill, "
                    + "offset-reset, poison-message, postgres-restart.")
    List<String> only;

    @Option(names = "--young-people", defaultValue = "" + DrillSettings.DEFAULT_YOUNG_PEOPLE,
            description = "Cohort size driven through each drill (default ${DEFAULT-VALUE}).")
    int youngPeople;

    @Option(names = "--seed", defaultValue = "" + CohortSpec.DEFAULT_SEED, description = "Cohort seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--broker-down", defaultValue = "60", paramLabel = "<seconds>",
            description = "How long the broker stays stopped (default ${DEFAULT-VALUE} s).")
    int brokerDownSeconds;

    @Option(names = "--postgres-down", defaultValue = "10", paramLabel = "<seconds>",
            description = "How long PostgreSQL stays stopped (default ${DEFAULT-VALUE} s).")
    int postgresDownSeconds;

    @Option(names = "--lead", defaultValue = "3", paramLabel = "<seconds>",
            description = "How long the cohort's traffic flows before the fault (default ${DEFAULT-VALUE} s).")
    int leadSeconds;

    @Option(names = "--recovery-timeout", defaultValue = "300", paramLabel = "<seconds>",
            description = "How long recovery may take, and how long a simulated user repeats a request a service "
                    + "cannot answer (default ${DEFAULT-VALUE} s).")
    int recoverySeconds;

    @Override
    public Integer call() {
        List<Drill> drills = DrillRunner.select(only);
        DrillSettings settings = new DrillSettings(youngPeople, seed, Duration.ofSeconds(brokerDownSeconds),
                Duration.ofSeconds(postgresDownSeconds), Duration.ofSeconds(leadSeconds),
                Duration.ofSeconds(recoverySeconds), Duration.ofSeconds(recoverySeconds));
        Layout layout = Layout.discover();
        long t0 = System.nanoTime();
        System.out.println("Starting the stack for the drills (logs in " + layout.runDir() + ") ...");
        try (Stack stack = Stack.start(layout, StackSettings.fromEnvironment(System.getenv()),
                Compilation.QUICK.unlessChosen(System.getenv()), System.out)) {
            System.out.printf("Drills: %s; %d young people each (seed %d), broker down %d s, PostgreSQL down %d s%n",
                    drills.stream().map(Drill::name).toList(), youngPeople, seed, brokerDownSeconds, postgresDownSeconds);
            List<DrillReport> reports = new DrillRunner(stack, settings, System.out).run(drills);
            DrillReport.summary(reports, System.out);
            System.out.printf("Drills done in %.0f s, stack start-up included.%n", (System.nanoTime() - t0) / 1e9);
            return reports.stream().allMatch(DrillReport::passed) ? 0 : 1;
        }
    }
}
