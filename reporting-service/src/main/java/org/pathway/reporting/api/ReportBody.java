package org.pathway.reporting.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of a report: what it covers, a row per group, and the all-groups total.
 *
 * @param sites the sites covered, after access rules applied the {@code site} parameters
 */
public record ReportBody<R>(String groupBy, List<String> sites, LocalDate from, LocalDate to, List<R> rows, R total) {
}
