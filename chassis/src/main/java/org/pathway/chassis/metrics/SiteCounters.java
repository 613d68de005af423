package org.pathway.chassis.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.tenancy.Sites;

/**
 * Counters of what happens at a site, for a service's business meters: the {@code site} tag is the current unit of
 * work's site (the checked site of a {@code /sites/{siteId}} request, or the one set for a job or consumer), never a
 * raw request value; every other tag is one of a closed set of words the service passes (an outcome, a reason), never
 * a participant's data.
 */
@ApplicationScoped
public class SiteCounters {

    private final MeterRegistry registry;
    private final Sites sites;
    private final CurrentSite currentSite;

    public SiteCounters(MeterRegistry registry, Sites sites, CurrentSite currentSite) {
        this.registry = registry;
        this.sites = sites;
        this.currentSite = currentSite;
    }

    /** Adds one to the counter {@code name} of the current site with the given tags (name, value, name, value...). */
    public void increment(String name, String description, String... tags) {
        incrementFor(currentSite.id().orElse(null), name, description, tags);
    }

    /** The same for a site the caller names (a job walking every site); an id this deployment does not host counts as {@code unknown}. */
    public void incrementFor(String siteId, String name, String description, String... tags) {
        Counter.builder(name).description(description).tag(SiteTag.NAME, SiteTag.of(sites, siteId))
                .tags(tags).register(registry).increment();
    }
}
