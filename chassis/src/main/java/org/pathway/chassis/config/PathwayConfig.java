package org.pathway.chassis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Configuration every service shares: which service this is, how its store is laid out, and the
 * sites the deployment hosts. A site's OIDC issuer is the named OIDC tenant of the same id
 * ({@code quarkus.oidc.<siteId>.auth-server-url}).
 */
@ConfigMapping(prefix = "pathway")
public interface PathwayConfig {

    /** Short service name used in CloudEvents {@code source}: {@code /sites/{siteId}/{service}}. */
    String service();

    Tenancy tenancy();

    /** The sites this deployment knows, by site id (a lower-case slug such as {@code north-london}). */
    Map<String, SiteConfig> sites();

    /**
     * The ids of the configured sites this deployment hosts ({@code PATHWAY_HOSTED_SITES}, comma-separated);
     * absent: every configured site. A site known but hosted elsewhere answers 404 here, gets no schema,
     * and its events are skipped (another deployment applies them), not dead-lettered.
     */
    java.util.Optional<java.util.Set<String>> hostedSites();

    Outbox outbox();

    /**
     * Whether this service stores signing secrets ({@code webhook/StoredSecrets}) and so serves the operators'
     * re-encryption endpoint; a build-time switch (read by {@code webhook/SecretKeysResource}).
     */
    @WithDefault("false")
    @io.smallrye.config.WithName("secrets.stored")
    boolean storesSecrets();

    /** The zone whose calendar date is "today" (no referral from the future, session dates, day-counting rules). */
    @WithDefault("Europe/London")
    java.time.ZoneId timeZone();

    Oidc oidc();

    interface Oidc {
        /** Where the identity provider's realms live; the OIDC tenants' URLs are built from it. */
        @WithDefault("http://localhost:8180")
        String baseUrl();
    }

    interface Tenancy {
        /** {@code schema-per-site} for site-facing services; {@code central} for the research store. */
        @WithDefault("schema-per-site")
        Mode mode();

        /** The OIDC tenant whose tokens carry platform-wide roles (researchers, admins). */
        @WithDefault("platform")
        String platformTenant();

        /**
         * Regular expressions, relative to {@code /sites/{siteId}/}, of site paths that take no bearer
         * token because they authenticate otherwise (signed provider webhooks).
         */
        @WithDefault("^$")
        java.util.List<String> unauthenticatedPaths();

        enum Mode { SCHEMA_PER_SITE, CENTRAL }
    }

    interface Outbox {
        /** Whether this service publishes from an outbox (the research store only consumes). */
        @WithDefault("true")
        boolean enabled();

        /** Longest wait between relay passes when nothing wakes it (recovery after a broker outage). */
        @WithDefault("PT0.5S")
        java.time.Duration idlePoll();

        @WithDefault("500")
        int batchSize();
    }
}
