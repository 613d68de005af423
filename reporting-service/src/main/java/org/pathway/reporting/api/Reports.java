package org.pathway.reporting.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.chassis.tenancy.Sites;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.AttendanceReport;
import org.pathway.reporting.domain.report.AttendanceRow;
import org.pathway.reporting.domain.report.CostReport;
import org.pathway.reporting.domain.report.CostReportRow;
import org.pathway.reporting.domain.report.Grouping;
import org.pathway.reporting.domain.report.OutcomesReport;
import org.pathway.reporting.domain.report.Participant;
import org.pathway.reporting.domain.report.ReportTable;
import org.pathway.reporting.domain.report.SiteRow;
import org.pathway.reporting.domain.report.SitesReport;
import org.pathway.reporting.domain.report.TimelinessReport;
import org.pathway.reporting.domain.report.TimelinessRow;
import org.pathway.reporting.domain.report.UptakeReport;
import org.pathway.reporting.domain.uptake.FunnelRow;
import org.pathway.reporting.store.ReportFilter;
import org.pathway.reporting.store.ReportQueries;
import org.pathway.reporting.store.ReportQueries.Reading;

/** Reads the cohort a request covers, as each report needs it, and builds the report from it. */
@ApplicationScoped
public class Reports {

    /** How the sites report reads its cohorts: see {@link #sites(ReportQueries, ReportFilter, Map)}. */
    public static final List<List<Reading>> SITES_PASSES =
            List.of(List.of(Reading.COST), List.of(Reading.WAITS, Reading.ATTENDANCE));

    private final ReportQueries queries;
    private final Sites sites;

    public Reports(ReportQueries queries, Sites sites) {
        this.queries = queries;
        this.sites = sites;
    }

    public ReportTable<FunnelRow> uptake(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy, Reading.STAGES);
        return UptakeReport.of(cohort.groups(), cohort.all());
    }

    public ReportTable<TimelinessRow> timeliness(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy, Reading.WAITS);
        return TimelinessReport.of(cohort.groups(), cohort.all());
    }

    public ReportTable<AttendanceRow> attendance(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy, Reading.ATTENDANCE);
        return AttendanceReport.of(cohort.groups(), cohort.all());
    }

    public OutcomesReport.Table outcomes(ReportFilter filter, GroupBy groupBy) {
        return OutcomesReport.of(groupBy, outcomeGroups(queries, filter, groupBy), queries.outcomes(filter, groupBy));
    }

    /**
     * The groups of the outcomes report: those of every participant of the cohort, scored or not. Grouped
     * by site, those are the sites asked for whoever was referred there, so the cohort need not be read.
     */
    public static Collection<String> outcomeGroups(ReportQueries queries, ReportFilter filter, GroupBy groupBy) {
        List<Participant> all = groupBy == GroupBy.SITE ? List.of() : queries.cohort(filter, groupBy, Reading.GROUPS);
        return Grouping.of(groupBy, all, filter.sites()).keySet();
    }

    public ReportTable<CostReportRow> cost(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy, Reading.COST);
        return CostReport.of(cohort.groups(), cohort.all(), hourlyRates(filter.sites()));
    }

    /** The headline of each report per site, from the four reports' cohorts. */
    public ReportTable<SiteRow> sites(ReportFilter filter) {
        return sites(queries, filter, hourlyRates(filter.sites()));
    }

    /**
     * {@link #sites(ReportFilter)} with the sites' hourly rates given (static, so that the timing tool
     * measures this very code). Two passes over the participants at once: the cost reading, which carries
     * every stage, so the uptake figures come from it too; and the waits and attendance readings together.
     */
    public static ReportTable<SiteRow> sites(ReportQueries queries, ReportFilter filter, Map<String, Long> hourlyRates) {
        Map<Reading, List<Participant>> cohorts = queries.cohorts(filter, GroupBy.SITE, SITES_PASSES);
        Cohort stagesAndCost = cohort(filter, GroupBy.SITE, cohorts.get(Reading.COST));
        Cohort waits = cohort(filter, GroupBy.SITE, cohorts.get(Reading.WAITS));
        Cohort attendance = cohort(filter, GroupBy.SITE, cohorts.get(Reading.ATTENDANCE));
        return SitesReport.of(UptakeReport.of(stagesAndCost.groups(), stagesAndCost.all()),
                TimelinessReport.of(waits.groups(), waits.all()),
                AttendanceReport.of(attendance.groups(), attendance.all()),
                CostReport.of(stagesAndCost.groups(), stagesAndCost.all(), hourlyRates),
                queries.freshness(filter.sites()), Instant.now());
    }

    private Cohort cohort(ReportFilter filter, GroupBy groupBy, Reading reading) {
        return cohort(filter, groupBy, queries.cohort(filter, groupBy, reading));
    }

    private static Cohort cohort(ReportFilter filter, GroupBy groupBy, List<Participant> all) {
        return new Cohort(all, Grouping.of(groupBy, all, filter.sites()));
    }

    private Map<String, Long> hourlyRates(List<String> siteIds) {
        Map<String, Long> rates = new TreeMap<>();
        siteIds.forEach(site -> rates.put(site, (long) sites.get(site).linkWorkerHourlyRatePence()));
        return rates;
    }

    private record Cohort(List<Participant> all, Map<String, List<Participant>> groups) {
    }
}
