package org.pathway.reporting.api.dashboard;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.pathway.chassis.security.Roles;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.reporting.api.ReportParameters;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.Reports;
import org.pathway.reporting.security.ReportScope;
import org.pathway.reporting.store.ReportFilter;

/**
 * {@code GET /dashboard}: the reports as one self-contained HTML page for the research team, with the
 * reports' access rules. Charts are inline SVG and the style is in the page: it loads nothing from elsewhere.
 */
@Path("/dashboard")
@Tag(name = "Dashboard", description = "The reports as one HTML page for the research team.")
@RolesAllowed({Roles.RESEARCHER, Roles.SITE_ADMIN})
public class DashboardResource {

    /** {@code templates/DashboardResource/}; Qute escapes every value it inserts into them. */
    @CheckedTemplate
    public static class Templates {

        public static native TemplateInstance dashboard(DashboardView view);
    }

    private final Reports reports;
    private final ReportScope scope;
    private final PathwayClock clock;

    public DashboardResource(Reports reports, ReportScope scope, PathwayClock clock) {
        this.reports = reports;
        this.scope = scope;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Research dashboard (HTML)", description = "Funnel, retention and per-site charts as one "
            + "self-contained page; takes `site`, `from`, `to` and the reports' access rules.")
    @APIResponse(responseCode = "422", description = "`from` or `to` is invalid, or `site` names a site this store "
            + "does not hold.")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String dashboard(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                            @QueryParam("to") String to) {
        ReportFilter filter = ReportParameters.parse(from, to, null).filter(scope.sites(site));
        DashboardView view = DashboardView.of(filter, reports.uptake(filter, GroupBy.SITE), reports.sites(filter),
                reports.retention(filter, GroupBy.SITE), clock.now());
        return Templates.dashboard(view).render();
    }
}
