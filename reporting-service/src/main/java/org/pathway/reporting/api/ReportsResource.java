package org.pathway.reporting.api;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.reporting.domain.csv.CsvRows;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.ArmDifferenceRow;
import org.pathway.reporting.domain.report.AttendanceRow;
import org.pathway.reporting.domain.report.CostReportRow;
import org.pathway.reporting.domain.report.OutcomeRow;
import org.pathway.reporting.domain.report.ReportTable;
import org.pathway.reporting.domain.report.RetentionRow;
import org.pathway.reporting.domain.report.Reports;
import org.pathway.reporting.domain.report.SiteRow;
import org.pathway.reporting.domain.report.TimelinessRow;
import org.pathway.reporting.domain.report.TotalsTable;
import org.pathway.reporting.domain.uptake.FunnelRow;
import org.pathway.reporting.security.ReportScope;
import org.pathway.reporting.store.ReportFilter;

/**
 * The feasibility reports. Every report takes {@code site} (repeatable), {@code from}, {@code to}
 * (referral dates, inclusive) and {@code groupBy}, and answers JSON, or CSV with
 * {@code Accept: text/csv}.
 */
@Path("/reports")
@RolesAllowed({Roles.RESEARCHER, Roles.SITE_ADMIN})
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
    public Response uptake(@BeanParam ReportQuery query) {
        return answer(query, "uptake", FunnelRow.class, reports::uptake);
    }

    @GET
    @Path("/timeliness")
    public Response timeliness(@BeanParam ReportQuery query) {
        return answer(query, "timeliness", TimelinessRow.class, reports::timeliness);
    }

    @GET
    @Path("/attendance")
    public Response attendance(@BeanParam ReportQuery query) {
        return answer(query, "attendance", AttendanceRow.class, reports::attendance);
    }

    /** Its totals are one row per instrument, timepoint and score. */
    @GET
    @Path("/outcomes")
    public Response outcomes(@BeanParam ReportQuery query) {
        return answerWithTotals(query, "outcomes", OutcomeRow.class, reports::outcomes);
    }

    /** A row per group and timepoint; its totals are one row per timepoint. */
    @GET
    @Path("/retention")
    public Response retention(@BeanParam ReportQuery query) {
        return answerWithTotals(query, "retention", RetentionRow.class, reports::retention);
    }

    /**
     * The difference between the arms in mean change from baseline, per instrument, score and follow-up timepoint,
     * over every site in scope: labelled descriptive. Takes {@code site}, {@code from}, {@code to}; not
     * {@code groupBy}.
     */
    @GET
    @Path("/outcomes/difference")
    public Response outcomesDifference(@BeanParam ReportQuery query) {
        if (query.groupBy != null && !query.groupBy.isBlank()) {
            throw Problem.invalid("groupBy", "the arm difference is over both arms of every site asked for; "
                    + "it takes no groupBy");
        }
        Request request = request(query);
        List<ArmDifferenceRow> rows = reports.armDifference(request.filter());
        return respond(query.headers, "outcomes-difference", ArmDifferenceBody.of(request.filter(), rows),
                ArmDifferenceRow.class, rows);
    }

    @GET
    @Path("/cost")
    public Response cost(@BeanParam ReportQuery query) {
        return answer(query, "cost", CostReportRow.class, reports::cost);
    }

    /** One row per site; it is grouped by site by definition, so {@code groupBy} may only say so. */
    @GET
    @Path("/sites")
    public Response sites(@BeanParam ReportQuery query) {
        return answer(query, "sites", SiteRow.class, (filter, groupBy) -> {
            if (groupBy != GroupBy.SITE) {
                throw Problem.invalid("groupBy", "the sites report is grouped by site only");
            }
            return reports.sites(filter);
        });
    }

    /**
     * A report of a row per group and a total row, answered as JSON or CSV: a report of the pathway arm alone,
     * which cannot be grouped by arm.
     */
    private <R extends Record> Response answer(ReportQuery query, String name, Class<R> rowType,
                                               BiFunction<ReportFilter, GroupBy, ReportTable<R>> report) {
        Request request = request(query);
        if (request.groupBy() == GroupBy.ARM) {
            throw Problem.invalid("groupBy", "the " + name + " report counts the pathway arm only; "
                    + "groupBy=arm is for the outcomes and retention reports");
        }
        ReportTable<R> table = report.apply(request.filter(), request.groupBy());
        return respond(query.headers, name, ReportBody.of(request.groupBy(), request.filter(), table), rowType,
                table.rowsAndTotal());
    }

    /** A report of a row per group and measure and a total row per measure, answered as JSON or CSV. */
    private <R extends Record> Response answerWithTotals(ReportQuery query, String name, Class<R> rowType,
                                                         BiFunction<ReportFilter, GroupBy, TotalsTable<R>> report) {
        Request request = request(query);
        TotalsTable<R> table = report.apply(request.filter(), request.groupBy());
        return respond(query.headers, name, TotalsBody.of(request.groupBy(), request.filter(), table), rowType,
                table.rowsAndTotals());
    }

    /** The parameters checked first, then the sites the caller asked for against those they may see. */
    private Request request(ReportQuery query) {
        ReportParameters parameters = ReportParameters.parse(query.from, query.to, query.groupBy);
        return new Request(parameters.filter(scope.sites(query.site)), parameters.groupBy());
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
    static boolean wantsCsv(HttpHeaders headers) {
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
    }
}
