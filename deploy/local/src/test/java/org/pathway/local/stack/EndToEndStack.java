package org.pathway.local.stack;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.function.Consumer;

/**
 * A whole stack for an end-to-end test, as `pathway demo` starts it: skipped with {@code -DskipE2E}, its run directory
 * under {@code target/}; a component that does not start fails the test with its report, and the stack stops when the
 * test ends.
 */
public final class EndToEndStack {

    private EndToEndStack() {
    }

    /**
     * A stack for a test class that shares it between its tests (closed by the class): started as {@link #run} starts
     * one, a component that does not start failing the class with its report.
     */
    public static Stack start(String runDir, StackSettings settings) {
        Layout layout = Layout.discover();
        layout = layout.withRunDir(layout.moduleDir().resolve("target").resolve(runDir));
        try {
            return Stack.start(layout, settings, System.getenv(), System.out);
        } catch (ComponentFailure failure) {
            return fail(failure.report() + System.lineSeparator() + "(logs in " + layout.runDir() + ")");
        }
    }

    public static void run(String runDir, StackSettings settings, Consumer<Stack> test) {
        assumeFalse(Boolean.getBoolean("pathway.e2e.skip"), "skipped with -DskipE2E");
        Layout layout = Layout.discover();
        layout = layout.withRunDir(layout.moduleDir().resolve("target").resolve(runDir));
        try (Stack stack = Stack.start(layout, settings, System.getenv(), System.out)) {
            test.accept(stack);
        } catch (ComponentFailure failure) {
            fail(failure.report() + System.lineSeparator() + "(logs in " + layout.runDir() + ")");
        }
    }
}
