package org.pathway.reporting.domain.uptake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.Suppression;

/**
 * Builds the published uptake table from raw counts. Each column is suppressed across the groups of
 * the grouping against its all-groups total ({@link Suppression#column}); the total row gets primary
 * suppression only; rates are computed from the suppressed cells, so a rate never reveals a withheld
 * count.
 */
public final class Funnel {

    private static final List<ToLongFunction<FunnelCounts>> COLUMNS = List.of(
            FunnelCounts::referred,
            FunnelCounts::accepted,
            FunnelCounts::declined,
            FunnelCounts::contacted,
            FunnelCounts::placed,
            FunnelCounts::connected,
            FunnelCounts::engaged,
            FunnelCounts::sustained,
            FunnelCounts::withdrawn);

    private Funnel() {
    }

    /**
     * @param groups one entry per group of the grouping, in the order to publish
     * @param total the all-groups row, counting each participant once
     */
    public static FunnelTable table(List<FunnelCounts> groups, FunnelCounts total) {
        List<List<SuppressedCount>> columns = new ArrayList<>();
        for (ToLongFunction<FunnelCounts> column : COLUMNS) {
            List<Long> counts = groups.stream().map(group -> column.applyAsLong(group)).toList();
            columns.add(Suppression.column(counts, column.applyAsLong(total)));
        }
        List<FunnelRow> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            int row = i;
            rows.add(row(groups.get(i).group(), columns.stream().map(cells -> cells.get(row)).toList()));
        }
        List<SuppressedCount> totalCells = COLUMNS.stream()
                .map(column -> Suppression.count(column.applyAsLong(total)))
                .toList();
        return new FunnelTable(rows, row(total.group(), totalCells));
    }

    /** @param cells one cell per column, in {@link #COLUMNS} order */
    private static FunnelRow row(String group, List<SuppressedCount> cells) {
        SuppressedCount referred = cells.get(0);
        SuppressedCount accepted = cells.get(1);
        SuppressedCount placed = cells.get(4);
        SuppressedCount connected = cells.get(5);
        SuppressedCount engaged = cells.get(6);
        return new FunnelRow(
                group,
                referred,
                accepted,
                cells.get(2),
                cells.get(3),
                placed,
                connected,
                engaged,
                cells.get(7),
                cells.get(8),
                Suppression.rate(accepted, referred),
                Suppression.rate(placed, accepted),
                Suppression.rate(connected, placed),
                Suppression.rate(engaged, connected));
    }
}
