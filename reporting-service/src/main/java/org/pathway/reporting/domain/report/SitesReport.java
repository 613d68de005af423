package org.pathway.reporting.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pathway.reporting.domain.uptake.FunnelRow;

/**
 * {@code GET /reports/sites}: one row per site with the headline of every report, taken from those
 * reports grouped by site so that each figure is suppressed exactly as it is there.
 */
public final class SitesReport {

    private SitesReport() {
    }

    /**
     * @param uptake     the uptake report grouped by site; the other reports likewise, with the same groups
     * @param freshness  per site; a site with no events yet is absent
     */
    public static ReportTable<SiteRow> of(ReportTable<FunnelRow> uptake, ReportTable<TimelinessRow> timeliness,
                                          ReportTable<AttendanceRow> attendance, ReportTable<CostReportRow> cost,
                                          Map<String, SiteFreshness> freshness, Instant now) {
        List<SiteRow> rows = new ArrayList<>();
        int i = 0;
        for (FunnelRow site : uptake.rows()) {
            rows.add(row(site, timeliness.rows().get(i), attendance.rows().get(i), cost.rows().get(i),
                    freshness.get(site.group()), now));
            i++;
        }
        SiteFreshness newest = new SiteFreshness(
                latest(freshness.values().stream().map(SiteFreshness::lastEventAt).toList()),
                latest(freshness.values().stream().map(SiteFreshness::lastReceivedAt).toList()));
        return new ReportTable<>(rows,
                row(uptake.total(), timeliness.total(), attendance.total(), cost.total(), newest, now));
    }

    private static SiteRow row(FunnelRow uptake, TimelinessRow timeliness, AttendanceRow attendance, CostReportRow cost,
                               SiteFreshness freshness, Instant now) {
        Instant lastEventAt = freshness == null ? null : freshness.lastEventAt();
        return new SiteRow(uptake.group(),
                uptake.referred(),
                uptake.accepted(),
                uptake.placed(),
                uptake.connected(),
                uptake.engaged(),
                uptake.acceptanceRate(),
                uptake.placementRate(),
                timeliness.daysToContactMedian(),
                timeliness.daysToFirstSessionMedian(),
                attendance.adherenceRate(),
                cost.totalPence(),
                cost.perAcceptedPence(),
                lastEventAt,
                freshness == null ? null : freshness.lastReceivedAt(),
                lastEventAt == null ? null : Math.max(0, Duration.between(lastEventAt, now).toSeconds()));
    }

    private static Instant latest(List<Instant> times) {
        return times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
