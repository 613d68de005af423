package org.pathway.chassis.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * Hands Hibernate connections pointed at one site's schema, and only at a hosted site's schema.
 * Replaces Quarkus' built-in schema switching, which leaves a pooled connection on the last
 * site's schema (TENANCY.md): ours resets it to {@code public} before the connection goes back.
 */
@PersistenceUnitExtension
@ApplicationScoped
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "SCHEMA")
public class SiteConnectionResolver implements TenantConnectionResolver {

    private final AgroalDataSource dataSource;
    private final Sites sites;

    public SiteConnectionResolver(AgroalDataSource dataSource, Sites sites) {
        this.dataSource = dataSource;
        this.sites = sites;
    }

    @Override
    public ConnectionProvider resolve(String tenantId) {
        if (!SiteIds.NO_SITE_SCHEMA.equals(tenantId) && !sites.isSiteSchema(tenantId)) {
            throw new IllegalStateException("Schema is not a hosted site's schema");
        }
        return new SchemaConnectionProvider(dataSource, tenantId);
    }
}
