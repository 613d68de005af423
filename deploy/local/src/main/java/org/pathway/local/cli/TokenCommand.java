package org.pathway.local.cli;

import java.net.URI;
import java.util.concurrent.Callable;

import org.pathway.local.identity.KeycloakTokenSource;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackDescription;
import org.pathway.local.stack.StackSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints a bearer token of a demo user, for curl: {@code -H "Authorization: Bearer $(./pathway token --user ...)"}. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print an access token of a demo user (password grant, client pathway-cli).")
final class TokenCommand implements Callable<Integer> {

    @Option(names = "--user", required = true,
            description = "referrer-<site>, link-worker-<site>, site-admin-<site>, researcher or platform-admin")
    String user;

    @Option(names = "--identity", description = "Keycloak's base URL (default: the running stack's, else http://localhost:8180)")
    URI identity;

    @Override
    public Integer call() {
        URI keycloak = identity != null ? identity
                : StackDescription.read(Layout.discover().stackJson()).map(StackDescription::identity)
                        .orElseGet(() -> StackSettings.fromEnvironment(System.getenv()).keycloakUrl());
        System.out.println(new KeycloakTokenSource(keycloak).accessToken(user));
        return 0;
    }
}
