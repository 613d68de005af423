package org.pathway.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * One component of the stack running as a child process, its output (stdout and stderr) appended to its own
 * log file. Stopping asks politely (SIGTERM to the process and everything it started), then forces.
 */
public final class ChildProcess {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path log;
    private volatile Duration grace = GRACE;
    private volatile IntConsumer afterExit = status -> { };

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workDir, Path log) {
        return start(name, command, environment, workDir, log, false);
    }

    /** As {@link #start(String, List, Map, Path, Path)}; {@code appendLog} keeps what an earlier run wrote (a restart). */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workDir, Path log, boolean appendLog) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new ComponentFailure(name, "could not be launched: " + e.getMessage(), "");
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The failure to report when the process is no longer running. */
    public ComponentFailure exited() {
        return new ComponentFailure(name, "exited with status " + process.exitValue(), tail(log, 40));
    }

    /**
     * Gives the process {@code grace} to end after SIGTERM (instead of 20 s), and runs {@code afterExit} with its exit
     * status once {@link #stop} or {@link #kill} has seen it end.
     */
    ChildProcess onStop(Duration grace, IntConsumer afterExit) {
        this.grace = grace;
        this.afterExit = afterExit;
        return this;
    }

    /** Waits for a process run to completion (a command, not a server); its exit status. Stopped after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
                throw new ComponentFailure(name, "did not finish within " + timeout.toSeconds() + " s", tail(log, 30));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("interrupted while " + name + " ran", e);
        }
    }

    public void stop() {
        stop(process.toHandle(), grace);
        settled();
    }

    /**
     * Kills the process outright ({@link Process#destroyForcibly}: SIGKILL on Linux), as a crash or an OOM killer
     * would, and waits until it is gone. Nothing it started is touched (the services start nothing).
     */
    public void kill() {
        process.destroyForcibly();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(name + " (pid " + pid() + ") did not die on SIGKILL", e);
        }
        settled();
    }

    private void settled() {
        if (!process.isAlive()) {
            afterExit.accept(process.exitValue());
        }
    }

    /** Stops a process and its descendants: polite first, forced after the grace period (20 s). */
    public static void stop(ProcessHandle root) {
        stop(root, GRACE);
    }

    /** Stops a process and its descendants: polite first, forced after {@code grace} for each. */
    public static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(0, root);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
    }

    /** The last lines of a log file, for failure reports. */
    public static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
