package org.pathway.reporting.api;

import java.time.LocalDate;
import java.util.List;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.report.ReportTable;
import org.pathway.reporting.store.ReportFilter;

/**
 * The JSON of a report: what it covers, a row per group, and the all-groups total.
 *
 * @param sites the sites covered, after access rules applied the {@code site} parameters
 */
public record ReportBody<R>(String groupBy, List<String> sites, LocalDate from, LocalDate to, List<R> rows, R total) {

    static <R> ReportBody<R> of(GroupBy groupBy, ReportFilter filter, ReportTable<R> table) {
        return new ReportBody<>(groupBy.wire(), filter.sites(), filter.from(), filter.to(), table.rows(),
                table.total());
    }
}
