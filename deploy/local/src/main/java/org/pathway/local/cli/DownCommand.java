package org.pathway.local.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.pathway.local.stack.ChildProcess;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackData;
import org.pathway.local.stack.StackDescription;

import picocli.CommandLine.Command;

/**
 * Stops the stack: SIGTERM to its owner, which stops every component. Components left behind by an owner that was
 * killed outright are stopped one by one, but only processes that carry this run directory's marker.
 */
@Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the stack started by `up` (or a `demo --keep-running`).")
final class DownCommand implements Callable<Integer> {

    /** The owner stops the services (each may first write its class-data archive), then the rest, one by one. */
    private static final Duration OWNER_GRACE = Duration.ofMinutes(3);

    @Override
    public Integer call() throws IOException {
        Layout layout = Layout.discover();
        Optional<StackDescription> described = StackDescription.read(layout.stackJson());
        if (described.isEmpty()) {
            System.out.println("No stack running (no " + layout.stackJson() + ").");
            return 0;
        }
        StackDescription stack = described.get();
        long t0 = System.nanoTime();
        ProcessHandle.of(stack.ownerPid()).filter(ProcessHandle::isAlive).ifPresent(owner -> {
            System.out.println("Stopping the stack (owner pid " + owner.pid() + ") ...");
            ChildProcess.stop(owner, OWNER_GRACE);
        });
        stack.processes().forEach((component, pid) -> ProcessHandle.of(pid)
                .filter(process -> belongsTo(process, layout))
                .ifPresent(process -> {
                    System.out.println("Stopping leftover " + component + " (pid " + pid + ")");
                    ChildProcess.stop(process);
                }));
        for (Path dataDir : StackData.postgresDirs(layout.runDir())) {
            stopLeftoverPostgres(dataDir);
        }
        Files.deleteIfExists(layout.stackJson());
        System.out.printf("Stopped in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static boolean belongsTo(ProcessHandle process, Layout layout) {
        String commandLine = process.info().commandLine().orElse("");
        return process.isAlive() && (commandLine.contains(layout.processMarker())
                || commandLine.contains(layout.keycloakHome().toString())
                || commandLine.contains(layout.runDir().resolve("prometheus.yml").toString()));
    }

    /** The embedded cluster's postmaster, if its owner died without stopping it. */
    private static void stopLeftoverPostgres(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive).ifPresent(postmaster -> {
                System.out.println("Stopping leftover postgres (pid " + postmaster.pid() + ")");
                ChildProcess.stop(postmaster);
            });
        } catch (NumberFormatException unreadable) {
            System.out.println("Ignoring unreadable " + pidFile);
        }
    }
}
