package org.pathway.local.cli;

import java.util.Optional;

import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackDescription;

/** The stack described by {@code run/stack.json}, if its owner process is still alive. */
final class RunningStack {

    private RunningStack() {
    }

    static Optional<StackDescription> find(Layout layout) {
        return StackDescription.read(layout.stackJson())
                .filter(description -> ProcessHandle.of(description.ownerPid()).map(ProcessHandle::isAlive).orElse(false));
    }
}
