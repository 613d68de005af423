package org.pathway.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.pathway.reporting.api.dashboard.DashboardResource;
import org.pathway.reporting.api.dashboard.DashboardView;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.AttendanceReport;
import org.pathway.reporting.domain.report.CostReport;
import org.pathway.reporting.domain.report.Participant;
import org.pathway.reporting.domain.report.RetentionReport;
import org.pathway.reporting.domain.report.SitesReport;
import org.pathway.reporting.domain.report.TimelinessReport;
import org.pathway.reporting.domain.report.UptakeReport;
import org.pathway.reporting.store.ReportFilter;

/** The dashboard's template escapes what it inserts: a label cannot add markup to the page. */
@QuarkusTest
class DashboardTemplateTest {

    static final String HOSTILE = "<script>alert(\"x\")</script>";

    @Test
    void escapesEveryLabelItDraws() {
        Map<String, List<Participant>> groups = Map.of(HOSTILE, List.of());
        DashboardView view = DashboardView.of(new ReportFilter(List.of(HOSTILE), null, null),
                UptakeReport.of(groups, List.of()),
                SitesReport.of(UptakeReport.of(groups, List.of()), TimelinessReport.of(groups, List.of()),
                        AttendanceReport.of(groups, List.of()), CostReport.of(groups, List.of(), Map.of(HOSTILE, 2564L)),
                        Map.of(), Instant.now()),
                RetentionReport.of(GroupBy.SITE, List.of(), List.of(HOSTILE), Map.of(), LocalDate.now()),
                Instant.now());

        String page = DashboardResource.Templates.dashboard(view).render();

        assertThat(page).doesNotContain("<script").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
        // the site's name in the header, the sites table, the funnel's heading, title and label, and each chart
        assertThat(page.split("&lt;script&gt;", -1)).hasSizeGreaterThan(6);
        assertThat(page).contains("<svg class=\"chart\"").contains("Uptake funnel")
                .contains("Completed in window at 3m");
    }
}
