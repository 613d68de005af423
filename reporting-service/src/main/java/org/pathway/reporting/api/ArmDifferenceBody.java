package org.pathway.reporting.api;

import java.time.LocalDate;
import java.util.List;

import org.pathway.reporting.domain.report.ArmDifferenceReport;
import org.pathway.reporting.domain.report.ArmDifferenceRow;
import org.pathway.reporting.store.ReportFilter;

/**
 * The JSON of {@code /reports/outcomes/difference}: what it covers, that it is descriptive (always true, with
 * the note saying why), and a row per instrument, score and follow-up timepoint.
 */
public record ArmDifferenceBody(List<String> sites, LocalDate from, LocalDate to, boolean descriptive, String note,
                                List<ArmDifferenceRow> rows) {

    static ArmDifferenceBody of(ReportFilter filter, List<ArmDifferenceRow> rows) {
        return new ArmDifferenceBody(filter.sites(), filter.from(), filter.to(), true, ArmDifferenceReport.NOTE,
                List.copyOf(rows));
    }
}
