package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report whose rows are per group and per measure (an instrument's score at a timepoint, a follow-up
 * timepoint): a row per group and measure, and an all-groups total row per measure.
 */
public record TotalsTable<R>(List<R> rows, List<R> totals) {

    public TotalsTable {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /** The rows followed by the total rows, as the CSV output lists them. */
    public List<R> rowsAndTotals() {
        List<R> all = new ArrayList<>(rows);
        all.addAll(totals);
        return all;
    }
}
