package org.pathway.local.cli;

import java.util.concurrent.Callable;

import org.pathway.local.stack.ComponentFailure;
import org.pathway.local.stack.Layout;

import picocli.CommandLine.Command;

/** The background process behind {@code up}: owns the stack until {@code down} sends it SIGTERM. */
@Command(name = "stack-run", hidden = true, description = "Run the stack in this process until stopped (used by `up`).")
final class StackRunCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Layout layout = Layout.discover();
        System.out.println("pathway stack owner, pid " + ProcessHandle.current().pid());
        StackSession session;
        try {
            session = StackSession.start(layout, System.getenv(), System.out);
        } catch (ComponentFailure failure) {
            System.out.println("FAILED: " + failure.report());
            return 1;
        }
        System.out.println("Wrote " + layout.stackJson());
        session.holdUntilStopped(System.out);
        return 0;
    }
}
