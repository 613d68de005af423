package org.pathway.chassis.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.config.PathwayConfig;
import org.pathway.chassis.config.SiteConfig;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The sites this deployment hosts. */
@ApplicationScoped
public class Sites {

    private final PathwayConfig config;

    public Sites(PathwayConfig config) {
        this.config = config;
        config.sites().keySet().forEach(id -> {
            if (!SiteIds.isWellFormed(id)) {
                throw new IllegalStateException("Configured site id is not a lower-case slug: " + id);
            }
        });
    }

    public Set<String> ids() {
        return new TreeSet<>(config.sites().keySet());
    }

    public boolean hosts(String siteId) {
        return siteId != null && config.sites().containsKey(siteId);
    }

    public Optional<SiteConfig> find(String siteId) {
        return Optional.ofNullable(siteId == null ? null : config.sites().get(siteId));
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
