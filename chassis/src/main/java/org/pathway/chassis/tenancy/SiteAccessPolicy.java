package org.pathway.chassis.tenancy;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.config.PathwayConfig;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Guards every route under {@code /sites/*}: the path's site must be hosted here and must be the
 * site whose issuer verified the caller's token (the {@code tenant-id} attribute quarkus-oidc sets).
 * A valid token from another site, or from the platform issuer, is refused (403); no token is 401.
 * Only after this check is the site stored on the request for the tenant resolver.
 */
@ApplicationScoped
public class SiteAccessPolicy implements HttpSecurityPolicy {

    public static final String NAME = "site-access";
    /** Routing-context key holding the site that passed the access check. */
    public static final String CHECKED_SITE = "pathway.checked-site";
    static final String TENANT_ID_ATTRIBUTE = "tenant-id";

    private final Sites sites;
    private final List<Pattern> unauthenticated;

    public SiteAccessPolicy(Sites sites, PathwayConfig config) {
        this.sites = sites;
        this.unauthenticated = config.tenancy().unauthenticatedPaths().stream().map(Pattern::compile).toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        SitePath path = SitePath.parse(request.normalizedPath());
        if (path == null || !sites.hosts(path.siteId())) {
            return identity.map(id -> CheckResult.DENY);
        }
        if (matchesUnauthenticated(path.rest())) {
            request.put(CHECKED_SITE, path.siteId());
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(id -> {
            if (id.isAnonymous() || !path.siteId().equals(id.getAttribute(TENANT_ID_ATTRIBUTE))) {
                return CheckResult.DENY;
            }
            request.put(CHECKED_SITE, path.siteId());
            return CheckResult.PERMIT;
        });
    }

    private boolean matchesUnauthenticated(String rest) {
        return unauthenticated.stream().anyMatch(p -> p.matcher(rest).matches());
    }

    /** {@code /sites/{siteId}/{rest}}. */
    record SitePath(String siteId, String rest) {
        static SitePath parse(String path) {
            if (path == null || !path.startsWith("/sites/")) {
                return null;
            }
            String tail = path.substring("/sites/".length());
            int slash = tail.indexOf('/');
            String siteId = slash < 0 ? tail : tail.substring(0, slash);
            String rest = slash < 0 ? "" : tail.substring(slash + 1);
            return SiteIds.isWellFormed(siteId) ? new SitePath(siteId, rest) : null;
        }
    }
}
