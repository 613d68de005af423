package org.pathway.reporting.api;

import java.time.LocalDate;
import java.util.List;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.OutcomeRow;
import org.pathway.reporting.domain.report.OutcomesReport;
import org.pathway.reporting.store.ReportFilter;

/** The JSON of {@code GET /reports/outcomes}: the total is one row per instrument, timepoint and score. */
public record OutcomesBody(String groupBy, List<String> sites, LocalDate from, LocalDate to, List<OutcomeRow> rows,
                           List<OutcomeRow> totals) {

    static OutcomesBody of(GroupBy groupBy, ReportFilter filter, OutcomesReport.Table table) {
        return new OutcomesBody(groupBy.wire(), filter.sites(), filter.from(), filter.to(), table.rows(),
                table.totals());
    }
}
