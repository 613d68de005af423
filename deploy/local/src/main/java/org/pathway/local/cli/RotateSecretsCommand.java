package org.pathway.local.cli;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackDescription;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The last step of rotating the signing-secret key: once every replica runs with the new key configured as the
 * newest ({@code PATHWAY_SECRET_KEYS}, {@code PATHWAY_SECRET_KEY_ID}), re-encrypt every stored secret under it.
 */
@Command(name = "rotate-secrets", mixinStandardHelpOptions = true,
        description = "Re-encrypt every stored provider and referrer signing secret under the services' newest key "
                + "(as platform-admin). Safe while webhooks arrive; run it again to check: nothing is left to move.")
final class RotateSecretsCommand implements Callable<Integer> {

    @Option(names = "--engagement", description = "engagement-service's base URL (default: the running stack's)")
    URI engagement;

    @Option(names = "--referral", description = "referral-service's base URL (default: the running stack's)")
    URI referral;

    @Option(names = "--identity", description = "Keycloak's base URL (default: the running stack's)")
    URI identity;

    @Override
    public Integer call() {
        StackDescription stack = RunningStack.find(Layout.discover()).orElse(null);
        if (stack == null && (engagement == null || referral == null || identity == null)) {
            throw new IllegalStateException("No stack running: start one with `./pathway up`, or give --engagement, "
                    + "--referral and --identity");
        }
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("engagement-service", engagement != null ? engagement : stack.services().get("engagement-service"));
        services.put("referral-service", referral != null ? referral : stack.services().get("referral-service"));
        URI keycloak = identity != null ? identity : stack.identity();
        new SecretRotation(new KeycloakTokenSource(keycloak)).run(services)
                .forEach((service, answer) -> System.out.printf("%-20s %s%n", service, answer));
        return 0;
    }
}
