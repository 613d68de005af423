package org.pathway.workspace.pages;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.pathway.workspace.services.ReportingApi;

/**
 * Researchers (platform realm) reach reporting-service's dashboard and CSV downloads through the workspace: the
 * workspace fetches them with the researcher's own token, so reporting-service still decides what they may see.
 */
@Path("/research")
public class ResearchPages {

    /** The reports reporting-service serves as CSV. */
    static final List<String> REPORTS = List.of("uptake", "timeliness", "attendance", "outcomes", "cost", "sites");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance research(List<String> reports);
    }

    private final ReportingApi reporting;

    public ResearchPages(@RestClient ReportingApi reporting) {
        this.reporting = reporting;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance research() {
        return Templates.research(REPORTS);
    }

    /** reporting-service's dashboard page as it renders it (it is a whole HTML page with its own styles). */
    @GET
    @Path("/dashboard")
    @Produces(MediaType.TEXT_HTML)
    public String dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reporting.dashboard(blank(from), blank(to));
    }

    @GET
    @Path("/reports/{report}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("report") String report, @QueryParam("groupBy") String groupBy,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        if (!REPORTS.contains(report)) {
            throw new NotFoundException();
        }
        String csv = reporting.csv(report, blank(groupBy), blank(from), blank(to), "text/csv");
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"" + report + ".csv\"").build();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
