package org.pathway.chassis.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Runs work for one site outside an HTTP request (TENANCY.md "Cross-site reads"; Kafka consumers, jobs
 * that walk every site): a fresh request context so {@link SiteContext} can hold this site, whose
 * Hibernate sessions then open on the site's schema. A caller's own request context (a scheduler's, a
 * test's, another site's) is set aside and restored afterwards.
 */
@ApplicationScoped
public class SiteWork {

    private final SiteContext siteContext;

    public SiteWork(SiteContext siteContext) {
        this.siteContext = siteContext;
    }

    /** Runs the work as the site in a new transaction, committed before this returns. */
    public <T> T inSite(String siteId, Supplier<T> work) {
        return inSiteContext(siteId, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    /** Runs the work as the site without starting a transaction: for callers that manage their own. */
    public <T> T inSiteContext(String siteId, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.getStateIfActive();
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            siteContext.set(siteId);
            return work.get();
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }
}
