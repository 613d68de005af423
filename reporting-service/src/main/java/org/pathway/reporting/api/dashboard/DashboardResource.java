package org.pathway.reporting.api.dashboard;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.pathway.reporting.api.ReportParameters;
import org.pathway.reporting.api.ReportScope;
import org.pathway.reporting.api.Reports;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.store.ReportFilter;

/** {@code GET /dashboard}: the reports as a page for the research team, with the reports' access rules. */
@Path("/dashboard")
@RolesAllowed({ReportScope.RESEARCHER, ReportScope.SITE_ADMIN})
public class DashboardResource {

    private final Reports reports;
    private final ReportScope scope;

    public DashboardResource(Reports reports, ReportScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String dashboard(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                            @QueryParam("to") String to) {
        ReportParameters parameters = ReportParameters.parse(from, to, null);
        ReportFilter filter = new ReportFilter(scope.sites(site), parameters.from(), parameters.to());
        return DashboardPage.render(filter.sites(), filter.from(), filter.to(),
                reports.uptake(filter, GroupBy.SITE), reports.sites(filter), Instant.now());
    }
}
