package org.pathway.reporting.api.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.pathway.reporting.domain.report.ReportTable;
import org.pathway.reporting.domain.report.SiteRow;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedPence;
import org.pathway.reporting.domain.suppression.SuppressedRate;
import org.pathway.reporting.domain.suppression.SuppressedValue;
import org.pathway.reporting.domain.uptake.FunnelRow;

/**
 * The research team's dashboard as one self-contained HTML page: the uptake funnel of each site,
 * timeliness and cost per site, and the sites table. Everything is drawn here, in inline SVG and
 * CSS, so the page loads nothing from anywhere else. Figures are the reports' own, suppressed
 * exactly as there.
 */
public final class DashboardPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2530;background:#f4f6f8}
            header{background:#005eb8;color:#fff;padding:16px 32px}
            header h1{margin:0;font-size:1.5rem}
            header p{margin:4px 0 0;font-size:.9rem;opacity:.9}
            main{padding:16px 32px;max-width:1400px}
            h2{font-size:1.2rem;margin:24px 0 8px}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(600px,1fr));gap:16px}
            .card{background:#fff;border:1px solid #d8dde3;border-radius:6px;padding:12px 16px}
            .card h3{margin:0 0 8px;font-size:1rem}
            .chart{max-width:100%;height:auto;font-size:13px}
            .chart .bar{fill:#005eb8}
            .chart .withheld{fill:none;stroke:#768692;stroke-dasharray:3 2}
            .chart .label{fill:#1d2530}
            .chart .caption{fill:#425563}
            table{border-collapse:collapse;background:#fff;font-size:.9rem;width:100%}
            th,td{border:1px solid #d8dde3;padding:6px 8px;text-align:right}
            th:first-child,td:first-child{text-align:left}
            th{background:#e8edee}
            .note{font-size:.85rem;color:#425563}
            """;

    private DashboardPage() {
    }

    /**
     * @param uptake the uptake report grouped by site
     * @param sites the sites report over the same cohort
     */
    public static String render(List<String> siteIds, LocalDate from, LocalDate to, ReportTable<FunnelRow> uptake,
                                ReportTable<SiteRow> sites, Instant now) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Pathway feasibility dashboard</title><style>").append(STYLE).append("</style></head><body>")
                .append("<header><h1>Pathway feasibility dashboard</h1><p>Sites: ")
                .append(Html.escape(String.join(", ", siteIds)))
                .append(" \u00b7 Referrals ").append(period(from, to))
                .append(" \u00b7 Generated ").append(now.truncatedTo(ChronoUnit.SECONDS)).append("</p></header><main>")
                .append("<p class=\"note\">Counts of 1 to 4 are withheld, and so is the next smallest count of a")
                .append(" column when one alone would be, with every rate, average and cost derived from them.</p>");
        sitesTable(html, sites);
        html.append("<h2>Uptake funnel</h2><div class=\"grid\">");
        List<FunnelRow> funnels = new ArrayList<>(uptake.rows());
        funnels.add(uptake.total());
        for (FunnelRow funnel : funnels) {
            html.append("<div class=\"card\"><h3>").append(Html.escape(funnel.group())).append("</h3>")
                    .append(SvgBarChart.render("Uptake funnel, " + funnel.group(), funnel(funnel))).append("</div>");
        }
        html.append("</div><h2>Timeliness</h2><div class=\"grid\">")
                .append(card("Median days from referral to first contact",
                        perSite(sites, row -> days(row.site(), row.daysToContactMedian()))))
                .append(card("Median days from referral to first attended session",
                        perSite(sites, row -> days(row.site(), row.daysToFirstSessionMedian()))))
                .append("</div><h2>Cost</h2><div class=\"grid\">")
                .append(card("Cost per accepted participant (activities and link-worker time)",
                        perSite(sites, row -> money(row.site(), row.costPerAcceptedPence()))))
                .append(card("Total cost", perSite(sites, row -> money(row.site(), row.totalCostPence()))))
                .append("</div></main></body></html>");
        return html.toString();
    }

    private static void sitesTable(StringBuilder html, ReportTable<SiteRow> sites) {
        html.append("<h2>Sites</h2><table><thead><tr><th>Site</th><th>Referred</th><th>Accepted</th>")
                .append("<th>Acceptance</th><th>Placed</th><th>Engaged</th><th>Median days to contact</th>")
                .append("<th>Adherence</th><th>Cost per accepted</th><th>Last event</th></tr></thead><tbody>");
        for (SiteRow row : sites.rowsAndTotal()) {
            html.append("<tr><td>").append(Html.escape(row.site())).append("</td>")
                    .append(cell(count(row.referred()))).append(cell(count(row.accepted())))
                    .append(cell(percent(row.acceptanceRate()))).append(cell(count(row.placed())))
                    .append(cell(count(row.engaged()))).append(cell(statistic(row.daysToContactMedian())))
                    .append(cell(percent(row.adherenceRate()))).append(cell(pence(row.costPerAcceptedPence())))
                    .append(cell(row.lastEventAt() == null ? "\u2013"
                            : row.lastEventAt().truncatedTo(ChronoUnit.SECONDS).toString()))
                    .append("</tr>");
        }
        html.append("</tbody></table>");
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

    private static String card(String title, List<Bar> bars) {
        return "<div class=\"card\"><h3>" + Html.escape(title) + "</h3>" + SvgBarChart.render(title, bars) + "</div>";
    }

    private static List<Bar> perSite(ReportTable<SiteRow> sites, Function<SiteRow, Bar> bar) {
        return sites.rowsAndTotal().stream().map(bar).toList();
    }

    private static Bar bar(String label, SuppressedCount count) {
        Double value = count.value() == null ? null : count.value().doubleValue();
        return new Bar(label, value, count.suppressed(), SvgBarChart.number(value));
    }

    private static Bar days(String site, SuppressedValue median) {
        return new Bar(site, median.value(), median.suppressed(), SvgBarChart.number(median.value()) + " days");
    }

    private static Bar money(String site, SuppressedPence pence) {
        Double value = pence.value() == null ? null : pence.value().doubleValue();
        return new Bar(site, value, pence.suppressed(), SvgBarChart.pounds(pence.value()));
    }

    private static String cell(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }

    private static String count(SuppressedCount count) {
        return count.suppressed() ? "withheld" : SvgBarChart.number(count.value().doubleValue());
    }

    private static String statistic(SuppressedValue value) {
        return value.suppressed() ? "withheld" : SvgBarChart.number(value.value());
    }

    private static String percent(SuppressedRate rate) {
        if (rate.suppressed()) {
            return "withheld";
        }
        return rate.value() == null ? "\u2013" : Math.round(rate.value() * 1000) / 10.0 + "%";
    }

    private static String pence(SuppressedPence pence) {
        return pence.suppressed() ? "withheld" : SvgBarChart.pounds(pence.value());
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "of all dates";
        }
        return (from == null ? "up" : "from " + from) + (to == null ? " on" : " to " + to);
    }
}
