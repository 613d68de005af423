package org.pathway.reporting.domain.uptake;

import java.util.List;

/** The uptake report for one grouping: a row per group, and the all-groups total row. */
public record FunnelTable(List<FunnelRow> rows, FunnelRow total) {

    public FunnelTable {
        rows = List.copyOf(rows);
    }
}
