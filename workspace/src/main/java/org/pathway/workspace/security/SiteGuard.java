package org.pathway.workspace.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A signed-in person sees only the pages of the realm they signed in with: a site's pages for its own people, the
 * research pages for the platform's. Anything else is the 403 page, before any service is called (the services
 * refuse a wrong site's token too; this keeps the refusal a page a person understands).
 */
public class SiteGuard {

    private final SecurityIdentity identity;

    public SiteGuard(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public void checkSite(ContainerRequestContext request) {
        String wanted = SitePaths.tenantOf(request.getUriInfo().getPath());
        if (wanted == null || identity.isAnonymous()) {
            return;
        }
        Object signedInWith = identity.getAttribute("tenant-id");
        if (!wanted.equals(signedInWith)) {
            throw new WrongSite();
        }
    }

    /** The page belongs to another site (or to researchers) than the realm the person signed in with. */
    public static final class WrongSite extends RuntimeException {
        public WrongSite() {
            super("page of another site", null, false, false);
        }
    }
}
