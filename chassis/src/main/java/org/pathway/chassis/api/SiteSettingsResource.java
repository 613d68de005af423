package org.pathway.chassis.api;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pathway.chassis.config.PathwayConfig;
import org.pathway.chassis.config.SiteConfig;
import org.pathway.chassis.tenancy.Sites;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /sites/{siteId}/settings}: what this service applies at the caller's site (eligible
 * ages, needs in scope, engagement thresholds, the pathway's start date, null when the site has none) and the site store's schema version. Any
 * authenticated user of the site may read it; it holds no personal data.
 */
@Path("/sites/{siteId}/settings")
@Tag(name = "Site settings", description = "What this service applies at the site.")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "SCHEMA")
public class SiteSettingsResource {

    private final Sites sites;
    private final PathwayConfig config;
    private final EntityManager entityManager;

    public SiteSettingsResource(Sites sites, PathwayConfig config, EntityManager entityManager) {
        this.sites = sites;
        this.config = config;
        this.entityManager = entityManager;
    }

    @GET
    @Operation(summary = "This service's settings at the site", description = "Eligible ages, needs in scope, "
            + "engagement thresholds, the pathway's start date (null when none) and the site store's schema version. "
            + "No personal data.")
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteSettings get(@PathParam("siteId") String siteId) {
        SiteConfig site = sites.get(siteId);
        Object version = entityManager.createNativeQuery(
                        "select version from flyway_schema_history where success order by installed_rank desc limit 1")
                .getSingleResult();
        return new SiteSettings(siteId, config.service(), site.nation().name().toLowerCase(), site.minAge(),
                site.maxAge(), List.copyOf(new java.util.TreeSet<>(site.needsInScope())),
                site.linkWorkerHourlyRatePence(), site.engagement().connectedAfter(),
                site.engagement().engagedAfter(), site.engagement().sustainedAfter(),
                site.engagement().consecutiveMissesToDisengage(),
                site.engagement().daysWithoutAttendanceToDisengage(), site.pathwayStartDate().orElse(null),
                String.valueOf(version));
    }

    public record SiteSettings(String siteId, String service, String nation, int minAge, int maxAge,
                               List<String> needsInScope, int linkWorkerHourlyRatePence, int connectedAfter,
                               int engagedAfter, int sustainedAfter, int consecutiveMissesToDisengage,
                               int daysWithoutAttendanceToDisengage, LocalDate pathwayStartDate,
                               String schemaVersion) {
    }
}
