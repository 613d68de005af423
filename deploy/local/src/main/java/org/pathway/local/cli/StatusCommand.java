package org.pathway.local.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.pathway.local.stack.Keycloak;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Readiness;
import org.pathway.local.stack.StackDescription;

import picocli.CommandLine.Command;

/** Is the stack up, and is each part ready? Exit status 0 only if everything answers. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show whether the stack and each of its parts are ready.")
final class StatusCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Layout layout = Layout.discover();
        Optional<StackDescription> described = StackDescription.read(layout.stackJson());
        if (described.isEmpty()) {
            System.out.println("No stack running (no " + layout.stackJson() + "). Start one with `./pathway up`.");
            return 1;
        }
        StackDescription stack = described.get();
        boolean ownerAlive = ProcessHandle.of(stack.ownerPid()).map(ProcessHandle::isAlive).orElse(false);
        System.out.printf("Stack started %s (in %.1f s), owner pid %d %s%n", stack.startedAt(), stack.startupSeconds(),
                stack.ownerPid(), ownerAlive ? "running" : "NOT RUNNING");
        boolean allReady = ownerAlive;
        for (var service : stack.services().entrySet()) {
            allReady &= line(service.getKey(), service.getValue() + "/q/health/ready",
                    Readiness.answers200(service.getValue().resolve("/q/health/ready")));
        }
        for (String realm : stack.realms()) {
            allReady &= line("keycloak " + realm, stack.identity() + "/realms/" + realm,
                    Readiness.answers200(Keycloak.discovery(stack.identity(), realm)));
        }
        allReady &= line("kafka", stack.kafka(), alive(stack, "kafka"));
        if (stack.prometheus() != null) {
            allReady &= line("prometheus", stack.prometheus().toString(), Readiness.answers200(stack.prometheus().resolve("/-/ready")));
        }
        if (stack.data() != null) {
            System.out.printf("  %-28s %s%n", "data", stack.data());
        }
        System.out.printf("  %-28s %s%n", "logs", layout.runDir());
        return allReady ? 0 : 1;
    }

    private static boolean alive(StackDescription stack, String component) {
        Long pid = stack.processes().get(component);
        return pid != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean line(String component, String where, boolean ready) {
        System.out.printf("  %-28s %-6s %s%n", component, ready ? "ready" : "DOWN", where);
        return ready;
    }
}
