package org.pathway.local.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.pathway.local.stack.ComponentFailure;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The background process behind {@code up}: owns the stack until {@code down} sends it SIGTERM. */
@Command(name = "stack-run", hidden = true, description = "Run the stack in this process until stopped (used by `up`).")
final class StackRunCommand implements Callable<Integer> {

    @Option(names = "--fresh", description = "Delete the kept data first.")
    boolean fresh;

    @Option(names = "--observe", description = "Also start Prometheus.")
    boolean observe;

    @Option(names = "--restore", description = "Start fresh and load this backup.")
    Path restore;

    @Override
    public Integer call() {
        Layout layout = Layout.discover();
        System.out.println("pathway stack owner, pid " + ProcessHandle.current().pid());
        StackSession session;
        try {
            StackOptions options = StackOptions.kept(fresh, observe);
            session = StackSession.start(layout, restore == null ? options : options.restoring(restore.toAbsolutePath()),
                    System.getenv(), System.out);
        } catch (ComponentFailure failure) {
            System.out.println("FAILED: " + failure.report());
            return 1;
        }
        System.out.println("Wrote " + layout.stackJson());
        session.holdUntilStopped(System.out);
        return 0;
    }
}
