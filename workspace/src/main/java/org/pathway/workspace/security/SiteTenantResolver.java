package org.pathway.workspace.security;

import java.util.Set;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.workspace.config.WorkspaceConfig;

/**
 * Picks the OIDC tenant (the realm a person signs in with) for a request. A browser already signed in keeps its
 * tenant wherever it goes, so a link worker of one site opening another site's page is recognised as who they are
 * and refused by {@link SiteGuard} (403) instead of being sent to the other site's sign-in form. Without a session,
 * the page decides: {@code /sites/<site>/...} signs in with that site's realm, {@code /research/...} with the
 * platform's.
 */
@ApplicationScoped
public class SiteTenantResolver implements TenantResolver {

    /** The OIDC tenant of researchers and platform staff. */
    public static final String PLATFORM = "platform";
    private static final String SESSION_COOKIE = "q_session_";

    private final Set<String> tenants;

    public SiteTenantResolver(WorkspaceConfig config) {
        this.tenants = SitePaths.tenants(config.sites().keySet());
    }

    @Override
    public String resolve(RoutingContext context) {
        String wanted = SitePaths.tenantOf(context.normalizedPath());
        if (wanted != null && signedInTo(context, wanted)) {
            return wanted;
        }
        for (String tenant : tenants) {
            if (signedInTo(context, tenant)) {
                return tenant;
            }
        }
        return wanted != null && tenants.contains(wanted) ? wanted : null;
    }

    private static boolean signedInTo(RoutingContext context, String tenant) {
        String name = SESSION_COOKIE + tenant;
        for (Cookie cookie : context.request().cookies()) {
            if (cookie.getName().equals(name) || cookie.getName().startsWith(name + "_chunk_")) {
                return true;
            }
        }
        return false;
    }
}
