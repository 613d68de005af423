package org.pathway.chassis.migration;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;
import org.pathway.chassis.tenancy.SiteIds;
import org.pathway.chassis.tenancy.Sites;

import java.util.List;

/**
 * Migrates every hosted site's schema (or the one central schema) at start-up, before messaging
 * starts. Copies the Quarkus Flyway bean's configuration to keep its build-time list of the
 * service's migrations, and adds the chassis' own outbox/inbox migration first.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);

    void migrateAtStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
                          Flyway flyway, Sites sites) {
        List<String> schemas = sites.schemaPerSite() ? sites.schemas() : List.of(SiteIds.NO_SITE_SCHEMA);
        for (String schema : schemas) {
            var result = Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .javaMigrations(new V0_1__Outbox_and_inbox())
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .load()
                    .migrate();
            LOG.infof("Schema %s migrated: %d migration(s) applied, now at version %s",
                    schema, result.migrationsExecuted, result.targetSchemaVersion);
        }
    }
}
