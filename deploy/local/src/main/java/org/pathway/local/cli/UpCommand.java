package org.pathway.local.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.pathway.local.stack.ChildProcess;
import org.pathway.local.stack.JavaHomes;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackDescription;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the stack in a detached background process ({@code pathway stack-run}, its own session so closing the
 * terminal does not stop it), shows its progress, and returns once {@code run/stack.json} says it is ready.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start the stack in the background; writes deploy/local/run/stack.json, logs in deploy/local/run/.",
                "Keeps its data (databases, broker log, secrets) in deploy/local/run/data across `down`/`up` and reboots."})
final class UpCommand implements Callable<Integer> {

    @Option(names = "--fresh", description = "Start empty: delete the data kept by earlier runs first.")
    boolean fresh;

    @Option(names = "--observe", description = "Also start Prometheus, scraping every service's management port; prints its URL.")
    boolean observe;

    /** A first start builds Keycloak and creates its schema; a restore also restarts it and the services. */
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    @Override
    public Integer call() throws IOException, InterruptedException {
        Layout layout = Layout.discover().ensureRunDir();
        PrintStream out = System.out;
        Optional<StackDescription> running = RunningStack.find(layout);
        if (running.isPresent()) {
            out.println("Already running (owner pid " + running.get().ownerPid() + ").");
            Summary.print(running.get(), out);
            return 0;
        }
        List<String> arguments = new ArrayList<>();
        if (fresh) {
            arguments.add("--fresh");
        }
        if (observe) {
            arguments.add("--observe");
        }
        return startInBackground(layout, arguments, out);
    }

    /** Starts {@code pathway stack-run <arguments>} detached, shows its log, and waits until it has written stack.json. */
    static int startInBackground(Layout layout, List<String> arguments, PrintStream out) throws IOException, InterruptedException {
        Files.deleteIfExists(layout.stackJson());
        long t0 = System.nanoTime();
        Path log = layout.log("stack");
        Process owner = daemon(log, arguments).start();
        out.println("Starting the stack (owner pid " + owner.pid() + ", log " + log + ")");
        LogFollower follower = new LogFollower(log);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            follower.printNew(out);
            Optional<StackDescription> ready = StackDescription.read(layout.stackJson())
                    .filter(description -> description.ownerPid() == owner.pid());
            if (ready.isPresent()) {
                out.printf("Up in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
                Summary.print(ready.get(), out);
                return 0;
            }
            if (!owner.isAlive()) {
                follower.printNew(out);
                out.println("The stack did not start; see the logs in " + layout.runDir());
                return 1;
            }
            if (System.nanoTime() > deadline) {
                out.println("The stack was not ready after " + TIMEOUT.toMinutes() + " min; stopping it.");
                ChildProcess.stop(owner.toHandle());
                return 1;
            }
            Thread.sleep(300);
        }
    }

    private static ProcessBuilder daemon(Path log, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(JavaHomes.currentJava(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                PathwayCommand.class.getName(), "stack-run"));
        command.addAll(arguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }
}
