package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A whole stack for an end-to-end test, as `pathway demo` starts it, its run directory under {@code target/}; a
 * component that does not start fails the test with its report. {@link SharedStack} starts the one the end-to-end
 * classes share.
 *
 * <p>Stacks of different test classes may run at the same time (KeptDataAndBackupTest beside the shared stack, on
 * ports of its own), but they start one at a time ({@link #oneAtATime}): a start keeps two cores busy by itself, and
 * every stack's Keycloak runs from the one unpacked copy in {@code target/keycloak}, which a start builds (under a file
 * lock that one JVM cannot take twice) and into which it writes the realms it imports.
 */
public final class EndToEndStack {

    private static final ReentrantLock STARTING = new ReentrantLock();

    private EndToEndStack() {
    }

    /** A stack on throwaway data; the caller closes it. */
    public static Stack start(String runDir, StackSettings settings) {
        Layout layout = Layout.discover();
        layout = layout.withRunDir(layout.moduleDir().resolve("target").resolve(runDir));
        Layout runIn = layout;
        return oneAtATime(() -> {
            try {
                return Stack.start(runIn, settings, System.getenv(), System.out);
            } catch (ComponentFailure failure) {
                return fail(failure.report() + System.lineSeparator() + "(logs in " + runIn.runDir() + ")");
            }
        });
    }

    /** Runs a stack's start while no other test of this JVM starts one. */
    public static <T> T oneAtATime(Supplier<T> start) {
        STARTING.lock();
        try {
            return start.get();
        } finally {
            STARTING.unlock();
        }
    }
}
