package org.pathway.reporting.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.pathway.chassis.problem.Problem;
import org.pathway.reporting.domain.csv.CsvRows;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.AttendanceRow;
import org.pathway.reporting.domain.report.CostReportRow;
import org.pathway.reporting.domain.report.OutcomesReport;
import org.pathway.reporting.domain.report.OutcomeRow;
import org.pathway.reporting.domain.report.ReportTable;
import org.pathway.reporting.domain.report.SiteRow;
import org.pathway.reporting.domain.report.TimelinessRow;
import org.pathway.reporting.domain.uptake.FunnelRow;
import org.pathway.reporting.store.ReportFilter;

/**
 * The feasibility reports. Every report takes {@code site} (repeatable), {@code from}, {@code to}
 * (referral dates, inclusive) and {@code groupBy}, and answers JSON, or CSV with
 * {@code Accept: text/csv}.
 */
@Path("/reports")
@RolesAllowed({ReportScope.RESEARCHER, ReportScope.SITE_ADMIN})
@Produces({MediaType.APPLICATION_JSON, ReportsResource.TEXT_CSV})
public class ReportsResource {

    static final String TEXT_CSV = "text/csv";

    private final Reports reports;
    private final ReportScope scope;

    public ReportsResource(Reports reports, ReportScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @GET
    @Path("/uptake")
    public Response uptake(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                           @Context HttpHeaders headers) {
        Request request = request(site, from, to, groupBy);
        ReportTable<FunnelRow> table = reports.uptake(request.filter(), request.groupBy());
        return respond(headers, "uptake", request.body(table), FunnelRow.class, table.rowsAndTotal());
    }

    @GET
    @Path("/timeliness")
    public Response timeliness(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                               @Context HttpHeaders headers) {
        Request request = request(site, from, to, groupBy);
        ReportTable<TimelinessRow> table = reports.timeliness(request.filter(), request.groupBy());
        return respond(headers, "timeliness", request.body(table), TimelinessRow.class, table.rowsAndTotal());
    }

    @GET
    @Path("/attendance")
    public Response attendance(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                               @Context HttpHeaders headers) {
        Request request = request(site, from, to, groupBy);
        ReportTable<AttendanceRow> table = reports.attendance(request.filter(), request.groupBy());
        return respond(headers, "attendance", request.body(table), AttendanceRow.class, table.rowsAndTotal());
    }

    @GET
    @Path("/outcomes")
    public Response outcomes(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                             @Context HttpHeaders headers) {
        Request request = request(site, from, to, groupBy);
        OutcomesReport.Table table = reports.outcomes(request.filter(), request.groupBy());
        OutcomesBody body = new OutcomesBody(request.groupBy().wireValue(), request.filter().sites(),
                request.filter().from(), request.filter().to(), table.rows(), table.totals());
        return respond(headers, "outcomes", body, OutcomeRow.class, table.rowsAndTotals());
    }

    @GET
    @Path("/cost")
    public Response cost(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                         @Context HttpHeaders headers) {
        Request request = request(site, from, to, groupBy);
        ReportTable<CostReportRow> table = reports.cost(request.filter(), request.groupBy());
        return respond(headers, "cost", request.body(table), CostReportRow.class, table.rowsAndTotal());
    }

    /** One row per site; it is grouped by site by definition, so {@code groupBy} may only say so. */
    @GET
    @Path("/sites")
    public Response sites(@QueryParam("site") List<String> site, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                          @Context HttpHeaders headers) {
        Request request = request(site, from, to, groupBy);
        if (request.groupBy() != GroupBy.SITE) {
            throw Problem.invalid("groupBy", "the sites report is grouped by site only");
        }
        ReportTable<SiteRow> table = reports.sites(request.filter());
        return respond(headers, "sites", request.body(table), SiteRow.class, table.rowsAndTotal());
    }

    private Request request(List<String> site, String from, String to, String groupBy) {
        ReportParameters parameters = ReportParameters.parse(from, to, groupBy);
        return new Request(new ReportFilter(scope.sites(site), parameters.from(), parameters.to()), parameters.groupBy());
    }

    private static <R extends Record> Response respond(HttpHeaders headers, String name, Object body, Class<R> rowType,
                                                       List<R> rows) {
        if (wantsCsv(headers)) {
            return Response.ok(CsvRows.ofRecords(rowType, rows), TEXT_CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"" + name + ".csv\"")
                    .build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    /** CSV only when the client prefers it to JSON; anything else (or no Accept) gets JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        MediaType csv = MediaType.valueOf(TEXT_CSV);
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(csv)) {
                return true;
            }
        }
        return false;
    }

    private record Request(ReportFilter filter, GroupBy groupBy) {

        <R> ReportBody<R> body(ReportTable<R> table) {
            return new ReportBody<>(groupBy.wireValue(), filter.sites(), filter.from(), filter.to(), table.rows(),
                    table.total());
        }
    }
}
