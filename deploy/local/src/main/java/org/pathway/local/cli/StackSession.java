package org.pathway.local.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.pathway.local.backup.Backup;
import org.pathway.local.stack.ComponentFailure;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Stack;
import org.pathway.local.stack.StackDescription;
import org.pathway.local.stack.StackOptions;
import org.pathway.local.stack.StackSettings;

/**
 * A stack owned by this process (the {@code demo} command, or the daemon behind {@code up}): started, described in
 * {@code run/stack.json} while it runs, and stopped with this JVM ({@code down} sends it SIGTERM).
 */
final class StackSession implements AutoCloseable {

    private final Stack stack;
    private final Layout layout;
    private final Thread forgetOnExit;

    private StackSession(Stack stack, Layout layout) {
        this.stack = stack;
        this.layout = layout;
        this.forgetOnExit = new Thread(this::forget, "pathway-stack-json");
    }

    static StackSession start(Layout layout, StackOptions options, Map<String, String> env, PrintStream progress) {
        RunningStack.find(layout).ifPresent(running -> {
            throw new ComponentFailure("stack", "is already running (owner pid " + running.ownerPid() + "): `./pathway status`, "
                    + "`./pathway simulate`, or `./pathway down` first", "");
        });
        Stack stack = Backup.start(layout, StackSettings.fromEnvironment(env), options, env, progress);
        StackSession session = new StackSession(stack, layout);
        StackDescription description = stack.description();
        description.write(layout.stackJson());
        Runtime.getRuntime().addShutdownHook(session.forgetOnExit);
        return session;
    }

    Stack stack() {
        return stack;
    }

    /** Runs until this JVM is told to stop, reporting any component that stops by itself. */
    void holdUntilStopped(PrintStream out) {
        Set<String> reported = new HashSet<>();
        while (true) {
            stack.exited().stream().filter(failure -> reported.add(failure.component()))
                    .forEach(failure -> out.println("WARNING: " + failure.report()));
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stack.close();
        forget();
        try {
            Runtime.getRuntime().removeShutdownHook(forgetOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Running as a hook: nothing to remove.
        }
    }

    private void forget() {
        try {
            Files.deleteIfExists(layout.stackJson());
        } catch (IOException e) {
            System.err.println("could not delete " + layout.stackJson() + ": " + e.getMessage());
        }
    }
}
