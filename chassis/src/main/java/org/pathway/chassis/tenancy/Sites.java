package org.pathway.chassis.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.config.PathwayConfig;
import org.pathway.chassis.config.SiteConfig;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The sites this deployment hosts: the configured sites ({@code pathway.sites.*}), or those of them {@code pathway.hosted-sites} names. */
@ApplicationScoped
public class Sites {

    private final PathwayConfig config;
    private final Set<String> hosted;

    public Sites(PathwayConfig config) {
        this.config = config;
        config.sites().keySet().forEach(id -> {
            if (!SiteIds.isWellFormed(id)) {
                throw new IllegalStateException("Configured site id is not a lower-case slug: " + id);
            }
        });
        this.hosted = Collections.unmodifiableSet(new TreeSet<>(config.hostedSites().orElse(config.sites().keySet())));
        Set<String> unknown = new TreeSet<>(hosted);
        unknown.removeAll(config.sites().keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("pathway.hosted-sites names sites that are not configured (pathway.sites.*): "
                    + unknown);
        }
    }

    public Set<String> ids() {
        return hosted;
    }

    public boolean hosts(String siteId) {
        return siteId != null && hosted.contains(siteId);
    }

    /** A site this deployment knows but does not host: another deployment (another namespace) runs it. */
    public boolean hostedElsewhere(String siteId) {
        return siteId != null && config.sites().containsKey(siteId) && !hosted.contains(siteId);
    }

    public Optional<SiteConfig> find(String siteId) {
        return Optional.ofNullable(hosts(siteId) ? config.sites().get(siteId) : null);
    }

    /** The configuration of a hosted site; callers have already checked the site is hosted. */
    public SiteConfig get(String siteId) {
        return find(siteId).orElseThrow(() -> new IllegalStateException("Site not hosted here"));
    }

    public List<String> schemas() {
        return ids().stream().map(SiteIds::schemaOf).toList();
    }

    public boolean isSiteSchema(String schema) {
        return schemas().contains(schema);
    }

    public boolean schemaPerSite() {
        return config.tenancy().mode() == PathwayConfig.Tenancy.Mode.SCHEMA_PER_SITE;
    }
}
