package org.pathway.local.cli;

import java.io.PrintStream;

import org.pathway.local.stack.StackDescription;

/** The few lines that tell someone where the running stack answers. */
final class Summary {

    private Summary() {
    }

    static void print(StackDescription stack, PrintStream out) {
        stack.services().forEach((name, url) -> out.printf("  %-20s %s%n", name, url));
        out.printf("  %-20s %s  (realms %s)%n", "keycloak", stack.identity(), String.join(", ", stack.realms()));
        out.printf("  %-20s %s%n", "kafka", stack.kafka());
        if (stack.prometheus() != null) {
            out.printf("  %-20s %s  (targets: %s)%n", "prometheus", stack.prometheus(), stack.prometheus().resolve("/targets"));
        }
        out.printf("  %-20s %s%n", "dashboard", stack.dashboard() + "  (in a browser: sign in as researcher)");
        out.printf("  %-20s %s%n", "sites", String.join(", ", stack.sites()));
        out.println("  Tokens: ./pathway token --user link-worker-north-london   (password of every demo user: pathway-demo)");
    }
}
