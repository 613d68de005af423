package org.pathway.reporting.api;

import java.time.LocalDate;
import java.util.List;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.TotalsTable;
import org.pathway.reporting.store.ReportFilter;

/**
 * The JSON of a report with a total row per measure ({@code /reports/outcomes}: per instrument, timepoint and
 * score; {@code /reports/retention}: per timepoint): what it covers, the rows, and the totals.
 */
public record TotalsBody<R>(String groupBy, List<String> sites, LocalDate from, LocalDate to, List<R> rows,
                            List<R> totals) {

    static <R> TotalsBody<R> of(GroupBy groupBy, ReportFilter filter, TotalsTable<R> table) {
        return new TotalsBody<>(groupBy.wire(), filter.sites(), filter.from(), filter.to(), table.rows(),
                table.totals());
    }
}
