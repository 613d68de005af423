package org.pathway.chassis.tenancy;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The site of the current unit of work: the explicit {@link SiteContext} if set, otherwise the
 * site of an HTTP request that passed {@link SiteAccessPolicy}. Never the raw request path.
 */
@ApplicationScoped
public class CurrentSite {

    private final SiteContext siteContext;
    private final CurrentVertxRequest currentRequest;

    public CurrentSite(SiteContext siteContext, CurrentVertxRequest currentRequest) {
        this.siteContext = siteContext;
        this.currentRequest = currentRequest;
    }

    public Optional<String> id() {
        return siteContext.siteId().or(this::checkedSite);
    }

    /** The site, or a loud failure: nothing site-scoped may run without one. */
    public String require() {
        return id().orElseThrow(() -> new IllegalStateException(
                "No site for this unit of work: set SiteContext or use a /sites/{siteId} path"));
    }

    private Optional<String> checkedSite() {
        RoutingContext rc = currentRequest.getCurrent();
        return Optional.ofNullable(rc == null ? null : rc.get(SiteAccessPolicy.CHECKED_SITE));
    }
}
