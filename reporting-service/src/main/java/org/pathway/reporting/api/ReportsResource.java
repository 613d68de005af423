package org.pathway.reporting.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
@Tag(name = "Reports", description = "Pseudonymised feasibility reports across sites.")
@RolesAllowed({Roles.RESEARCHER, Roles.SITE_ADMIN})
@Produces({MediaType.APPLICATION_JSON, ReportsResource.TEXT_CSV})
public class ReportsResource {

    static final String TEXT_CSV = "text/csv";

    /** What every report takes and how it answers. */
    private static final String TAKES = " Takes `site` (repeatable), `from`, `to` (referral dates, inclusive) "
            + "and `groupBy`; JSON, or CSV with `Accept: text/csv`. Counts of 1-4 are `null` with `suppressed: true`, "
            + "and so are rates derived from them. A site admin sees only their own site (403 for another).";
    private static final String INVALID_QUERY = "`from`, `to` or `groupBy` is invalid, or `site` names a site "
            + "this store does not hold.";

    private final Reports reports;
    private final ReportScope scope;

    public ReportsResource(Reports reports, ReportScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    @GET
    @Path("/uptake")
    @Operation(summary = "Uptake funnel", description = "Per group: referred, accepted, declined, contacted, placed, "
            + "connected, engaged, sustained, withdrawn, and the acceptance, placement, connection and engagement "
            + "rates." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_QUERY)
    public Response uptake(@BeanParam ReportQuery query) {
        return answer(query, "uptake", FunnelRow.class, reports::uptake);
    }

    @GET
    @Path("/timeliness")
    @Operation(summary = "Timeliness", description = "Days from referral to first contact and to the first attended "
            + "session: median, p25, p75, n." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_QUERY)
    public Response timeliness(@BeanParam ReportQuery query) {
        return answer(query, "timeliness", TimelinessRow.class, reports::timeliness);
    }

    @GET
    @Path("/attendance")
    @Operation(summary = "Attendance", description = "Sessions attended per participant (distribution) and adherence "
            + "(share attending at least half the sessions offered in 12 weeks)." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_QUERY)
    public Response attendance(@BeanParam ReportQuery query) {
        return answer(query, "attendance", AttendanceRow.class, reports::attendance);
    }

    /** Its totals are one row per instrument, timepoint and score. */
    @GET
    @Path("/outcomes")
    @Operation(summary = "Outcomes", description = "Per instrument and timepoint: n, mean, sd; mean change from "
            + "baseline with 95% CI. `groupBy=arm` compares the pathway with the comparison group." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_QUERY)
    public Response outcomes(@BeanParam ReportQuery query) {
        return answerWithTotals(query, "outcomes", OutcomeRow.class, reports::outcomes);
    }

    /** A row per group and timepoint; its totals are one row per timepoint. */
    @GET
    @Path("/retention")
    @Operation(summary = "Retention", description = "Per group and timepoint: participants due a questionnaire, and of "
            + "them those who completed it in its window, late, or not at all." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_QUERY)
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
    @Operation(summary = "Difference between the arms", description = "Mean change from baseline, pathway minus "
            + "comparison, per instrument, score and follow-up timepoint over every site in scope; descriptive. Takes "
            + "`site`, `from`, `to`, not `groupBy`.")
    @APIResponse(responseCode = "422", description = "`from` or `to` is invalid, `site` names a site this store does "
            + "not hold, or a `groupBy` was given.")
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
    @Operation(summary = "Cost", description = "Activity cost (sessions attended x cost per session) and link-worker "
            + "cost (minutes x the site's hourly rate): total, per accepted and per engaged participant." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_QUERY)
    public Response cost(@BeanParam ReportQuery query) {
        return answer(query, "cost", CostReportRow.class, reports::cost);
    }

    /** One row per site; it is grouped by site by definition, so {@code groupBy} may only say so. */
    @GET
    @Path("/sites")
    @Operation(summary = "One row per site", description = "The headline of each report and the data's freshness (last "
            + "event time, lag). Grouped by site only." + TAKES)
    @APIResponse(responseCode = "422", description = INVALID_QUERY)
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
