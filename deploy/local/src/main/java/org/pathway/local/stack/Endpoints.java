package org.pathway.local.stack;

import java.net.URI;

/**
 * Where a running Pathway stack answers: the four services, the identity provider (Keycloak's
 * base URL, under which each realm is {@code /realms/<realm>}) and the workspace (the web app people sign in to).
 */
public record Endpoints(URI referral, URI matching, URI engagement, URI reporting, URI identity, URI workspace) {

    /** The local defaults of ARCHITECTURE.md. */
    public static Endpoints localDefaults() {
        return new Endpoints(URI.create("http://localhost:8081"), URI.create("http://localhost:8082"),
                URI.create("http://localhost:8083"), URI.create("http://localhost:8084"),
                URI.create("http://localhost:8180"), URI.create("http://localhost:8085"));
    }

    /** The research dashboard as a browser opens it: through the workspace, which signs the researcher in. */
    public URI dashboard() {
        return workspace.resolve("/research/dashboard");
    }
}
