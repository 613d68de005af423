package org.pathway.reporting.domain.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.chassis.time.PathwayClock;
import org.pathway.reporting.domain.cost.LinkWorkerRates;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.retention.RetentionWindows;
import org.pathway.reporting.domain.uptake.FunnelRow;
import org.pathway.reporting.store.FollowUpStore;
import org.pathway.reporting.store.ReportFilter;
import org.pathway.reporting.store.ReportStore;
import org.pathway.reporting.store.ReportStore.Reading;

/** Reads the cohort a request covers, as each report needs it, and builds the report from it. */
@ApplicationScoped
public class Reports {

    /**
     * How the sites report reads its cohorts, two passes over the participants at once: the cost reading,
     * which carries every stage, so the uptake figures come from it too; and the waits and attendance
     * readings together.
     */
    private static final List<List<Reading>> SITES_PASSES =
            List.of(List.of(Reading.COST), List.of(Reading.WAITS, Reading.ATTENDANCE));

    private final ReportStore store;
    private final LinkWorkerRates rates;
    private final PathwayClock clock;
    private final FollowUpStore followUps;
    private final RetentionWindows windows;

    public Reports(ReportStore store, LinkWorkerRates rates, PathwayClock clock, FollowUpStore followUps,
                   RetentionWindows windows) {
        this.store = store;
        this.rates = rates;
        this.clock = clock;
        this.followUps = followUps;
        this.windows = windows;
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

    /**
     * The groups are those of every participant of the cohort, scored or not. Grouped by site, those are
     * the sites asked for whoever was referred there, so the cohort need not be read. The pathway arm's
     * participants, unless grouped by arm.
     */
    public TotalsTable<OutcomeRow> outcomes(ReportFilter pathwayFilter, GroupBy groupBy) {
        ReportFilter filter = byArm(pathwayFilter, groupBy);
        List<Participant> all = groupBy == GroupBy.SITE ? List.of() : store.cohort(filter, groupBy, Reading.GROUPS);
        return OutcomesReport.of(groupBy, Grouping.of(groupBy, all, filter.sites()).keySet(),
                store.outcomes(filter, groupBy));
    }

    /**
     * Questionnaire completion at each timepoint as of today (the service's time zone): the pathway arm's
     * participants, unless grouped by arm.
     */
    public TotalsTable<RetentionRow> retention(ReportFilter pathwayFilter, GroupBy groupBy) {
        ReportFilter filter = byArm(pathwayFilter, groupBy);
        Map<String, Integer> windowDays = new TreeMap<>();
        filter.sites().forEach(site -> windowDays.put(site, windows.days(site)));
        return RetentionReport.of(groupBy, followUps.followUps(filter, groupBy), filter.sites(), windowDays,
                clock.today());
    }

    /** The arms' mean change from baseline and its difference, over both arms' participants the filter covers. */
    public List<ArmDifferenceRow> armDifference(ReportFilter filter) {
        return ArmDifferenceReport.of(store.outcomes(filter.everyArm(), GroupBy.ARM));
    }

    public ReportTable<CostReportRow> cost(ReportFilter filter, GroupBy groupBy) {
        Cohort cohort = cohort(filter, groupBy, Reading.COST);
        return CostReport.of(cohort.groups(), cohort.all(), hourlyRates(filter.sites()));
    }

    /** The headline of each report per site, from the four reports' cohorts read in {@link #SITES_PASSES}. */
    public ReportTable<SiteRow> sites(ReportFilter filter) {
        Map<Reading, List<Participant>> cohorts = store.cohorts(filter, GroupBy.SITE, SITES_PASSES);
        Cohort stagesAndCost = cohort(filter, GroupBy.SITE, cohorts.get(Reading.COST));
        Cohort waits = cohort(filter, GroupBy.SITE, cohorts.get(Reading.WAITS));
        Cohort attendance = cohort(filter, GroupBy.SITE, cohorts.get(Reading.ATTENDANCE));
        return SitesReport.of(UptakeReport.of(stagesAndCost.groups(), stagesAndCost.all()),
                TimelinessReport.of(waits.groups(), waits.all()),
                AttendanceReport.of(attendance.groups(), attendance.all()),
                CostReport.of(stagesAndCost.groups(), stagesAndCost.all(), hourlyRates(filter.sites())),
                store.freshness(filter.sites()), clock.now());
    }

    /** Both arms when a report groups by arm; otherwise the filter as it is (the pathway arm). */
    private static ReportFilter byArm(ReportFilter filter, GroupBy groupBy) {
        return groupBy == GroupBy.ARM ? filter.everyArm() : filter;
    }

    private Cohort cohort(ReportFilter filter, GroupBy groupBy, Reading reading) {
        return cohort(filter, groupBy, store.cohort(filter, groupBy, reading));
    }

    private static Cohort cohort(ReportFilter filter, GroupBy groupBy, List<Participant> all) {
        return new Cohort(all, Grouping.of(groupBy, all, filter.sites()));
    }

    private Map<String, Long> hourlyRates(List<String> siteIds) {
        Map<String, Long> hourly = new TreeMap<>();
        siteIds.forEach(site -> hourly.put(site, rates.hourlyPence(site)));
        return hourly;
    }

    private record Cohort(List<Participant> all, Map<String, List<Participant>> groups) {
    }
}
