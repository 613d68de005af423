package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.List;

/** A report for one grouping: a row per group in order, and the all-groups total row. */
public record ReportTable<R>(List<R> rows, R total) {

    public ReportTable {
        rows = List.copyOf(rows);
    }

    /** The rows followed by the total row, as the CSV output lists them. */
    public List<R> rowsAndTotal() {
        List<R> all = new ArrayList<>(rows);
        all.add(total);
        return all;
    }
}
