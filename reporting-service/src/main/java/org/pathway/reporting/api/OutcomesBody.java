package org.pathway.reporting.api;

import java.time.LocalDate;
import java.util.List;

import org.pathway.reporting.domain.report.OutcomeRow;

/** The JSON of {@code GET /reports/outcomes}: the total is one row per instrument, timepoint and score. */
public record OutcomesBody(String groupBy, List<String> sites, LocalDate from, LocalDate to, List<OutcomeRow> rows,
                           List<OutcomeRow> totals) {
}
