package org.pathway.chassis.tenancy;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/** Chooses the schema for a Hibernate session from {@link CurrentSite}; fails rather than guess. */
@PersistenceUnitExtension
@ApplicationScoped
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "SCHEMA")
public class SiteTenantResolver implements TenantResolver {

    private final CurrentSite currentSite;

    public SiteTenantResolver(CurrentSite currentSite) {
        this.currentSite = currentSite;
    }

    @Override
    public String getDefaultTenantId() {
        return SiteIds.NO_SITE_SCHEMA;
    }

    @Override
    public String resolveTenantId() {
        return SiteIds.schemaOf(currentSite.require());
    }
}
