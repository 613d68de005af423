package org.pathway.reporting.api.dashboard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;

import org.pathway.reporting.domain.report.ReportTable;
import org.pathway.reporting.domain.report.RetentionRow;
import org.pathway.reporting.domain.report.TotalsTable;
import org.pathway.reporting.domain.retention.FollowUpPoint;
import org.pathway.reporting.domain.report.SiteRow;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedPence;
import org.pathway.reporting.domain.suppression.SuppressedRate;
import org.pathway.reporting.domain.suppression.SuppressedValue;
import org.pathway.reporting.domain.uptake.FunnelRow;
import org.pathway.reporting.store.ReportFilter;

/**
 * What the research team's dashboard shows (drawn by {@code templates/DashboardResource/dashboard.html}): the
 * sites table, then the uptake funnel of each site, and timeliness and cost per site, as charts. Figures are the reports' own,
 * suppressed exactly as there.
 *
 * @param sites the sites covered, comma-separated
 * @param period the referral dates covered, in words
 */
@TemplateData
public record DashboardView(String sites, String period, Instant generated, List<SiteLine> table,
                            List<Section> sections) {

    /**
     * @param uptake the uptake report grouped by site
     * @param sites the sites report over the same cohort
     */
    public static DashboardView of(ReportFilter filter, ReportTable<FunnelRow> uptake, ReportTable<SiteRow> sites,
                                   TotalsTable<RetentionRow> retention, Instant now) {
        List<Card> funnels = new ArrayList<>();
        for (FunnelRow funnel : uptake.rowsAndTotal()) {
            funnels.add(new Card(funnel.group(), BarChart.of("Uptake funnel, " + funnel.group(), funnel(funnel))));
        }
        return new DashboardView(String.join(", ", filter.sites()), period(filter),
                now.truncatedTo(ChronoUnit.SECONDS),
                sites.rowsAndTotal().stream().map(SiteLine::of).toList(),
                List.of(new Section("Uptake funnel", funnels),
                        new Section("Timeliness", List.of(
                                card("Median days from referral to first contact",
                                        perSite(sites, row -> days(row.site(), row.daysToContactMedian()))),
                                card("Median days from referral to first attended session",
                                        perSite(sites, row -> days(row.site(), row.daysToFirstSessionMedian()))))),
                        new Section("Cost", List.of(
                                card("Cost per accepted participant (activities and link-worker time)",
                                        perSite(sites, row -> money(row.site(), row.costPerAcceptedPence()))),
                                card("Total cost", perSite(sites, row -> money(row.site(), row.totalCostPence()))))),
                        new Section("Retention: questionnaires completed in their window, of those due",
                                retention(retention))));
    }

    /** A chart per timepoint, a bar per site and one for all sites. */
    private static List<Card> retention(TotalsTable<RetentionRow> retention) {
        List<Card> cards = new ArrayList<>();
        for (FollowUpPoint point : FollowUpPoint.values()) {
            cards.add(card("Completed in window at " + point.wire(), retention.rowsAndTotals().stream()
                    .filter(row -> row.timepoint().equals(point.wire()))
                    .map(row -> rate(row.group(), row.inWindowRate()))
                    .toList()));
        }
        return cards;
    }

    /** A heading over a grid of charts. */
    @TemplateData
    public record Section(String title, List<Card> cards) {
    }

    /** A chart under its heading. */
    @TemplateData
    public record Card(String heading, BarChart chart) {
    }

    /** A line of the sites table: the site, then its figures in the order of the table's columns. */
    @TemplateData
    public record SiteLine(String site, List<String> figures) {

        static SiteLine of(SiteRow row) {
            return new SiteLine(row.site(), List.of(
                    Figures.count(row.referred()),
                    Figures.count(row.accepted()),
                    Figures.percent(row.acceptanceRate()),
                    Figures.count(row.placed()),
                    Figures.count(row.engaged()),
                    Figures.statistic(row.daysToContactMedian()),
                    Figures.percent(row.adherenceRate()),
                    Figures.pence(row.costPerAcceptedPence()),
                    row.lastEventAt() == null ? Figures.NONE : row.lastEventAt().truncatedTo(ChronoUnit.SECONDS).toString()));
        }
    }

    private static List<Bar> funnel(FunnelRow row) {
        return List.of(
                bar("Referred", row.referred()),
                bar("Accepted", row.accepted()),
                bar("Contacted", row.contacted()),
                bar("Placed", row.placed()),
                bar("Connected", row.connected()),
                bar("Engaged", row.engaged()),
                bar("Sustained", row.sustained()));
    }

    private static Card card(String title, List<Bar> bars) {
        return new Card(title, BarChart.of(title, bars));
    }

    private static List<Bar> perSite(ReportTable<SiteRow> sites, Function<SiteRow, Bar> bar) {
        return sites.rowsAndTotal().stream().map(bar).toList();
    }

    private static Bar bar(String label, SuppressedCount count) {
        Double value = count.value() == null ? null : count.value().doubleValue();
        return new Bar(label, value, count.suppressed(), Figures.number(value));
    }

    private static Bar days(String site, SuppressedValue median) {
        return new Bar(site, median.value(), median.suppressed(), Figures.number(median.value()) + " days");
    }

    private static Bar rate(String site, SuppressedRate rate) {
        return new Bar(site, rate.value(), rate.suppressed(), Figures.percent(rate));
    }

    private static Bar money(String site, SuppressedPence pence) {
        Double value = pence.value() == null ? null : pence.value().doubleValue();
        return new Bar(site, value, pence.suppressed(), Figures.pounds(pence.value()));
    }

    private static String period(ReportFilter filter) {
        if (filter.from() == null && filter.to() == null) {
            return "of all dates";
        }
        return (filter.from() == null ? "up" : "from " + filter.from()) + (filter.to() == null ? " on" : " to " + filter.to());
    }
}
