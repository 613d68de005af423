package org.pathway.engagement.domain;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.pathway.chassis.tenancy.SiteContext;

/**
 * Runs work for one site outside an HTTP request (TENANCY.md "Cross-site reads"): a fresh request
 * context so {@link SiteContext} can hold this site, and a new transaction whose session opens on
 * the site's schema. A caller's own request context (a scheduler's, a test's) is set aside and restored.
 */
@ApplicationScoped
public class SiteWork {

    private final SiteContext siteContext;

    public SiteWork(SiteContext siteContext) {
        this.siteContext = siteContext;
    }

    public <T> T inSite(String siteId, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.getStateIfActive();
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            siteContext.set(siteId);
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }
}
