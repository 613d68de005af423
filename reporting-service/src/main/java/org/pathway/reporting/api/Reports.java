package org.pathway.reporting.api;

import java.time.Instant;
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

/** Reads the cohort a request covers and builds each report from it. */
@ApplicationScoped
public class Reports {

    private final ReportQueries queries;
    private final Sites sites;

    public Reports(ReportQueries queries, Sites sites) {
        this.queries = queries;
        this.sites = sites;
    }

    public ReportTable<FunnelRow> uptake(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy);
        return UptakeReport.of(cohort.groups(), cohort.all());
    }

    public ReportTable<TimelinessRow> timeliness(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy);
        return TimelinessReport.of(cohort.groups(), cohort.all());
    }

    public ReportTable<AttendanceRow> attendance(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy);
        return AttendanceReport.of(cohort.groups(), cohort.all());
    }

    public OutcomesReport.Table outcomes(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy);
        return OutcomesReport.of(cohort.groups(), cohort.all(), queries.outcomes(filter));
    }

    public ReportTable<CostReportRow> cost(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy);
        return CostReport.of(cohort.groups(), cohort.all(), hourlyRates(filter.sites()));
    }

    public ReportTable<SiteRow> sites(ReportFilter filter) {
        Cohort cohort = cohort(filter, GroupBy.SITE);
        return SitesReport.of(cohort.groups(), cohort.all(), hourlyRates(filter.sites()),
                queries.freshness(filter.sites()), Instant.now());
    }

    private Cohort cohort(ReportFilter filter, GroupBy groupBy) {
        List<Participant> all = queries.cohort(filter);
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
