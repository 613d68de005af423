package org.pathway.reporting.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.retention.FollowUp;
import org.pathway.reporting.domain.retention.FollowUpPoint;
import org.pathway.reporting.domain.retention.Retention;
import org.pathway.reporting.domain.retention.Retention.Status;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.Suppression;

/**
 * {@code GET /reports/retention}: how many accepted participants completed their questionnaires at
 * baseline, 3 and 6 months, in the window, late or not at all. A row per group and timepoint, and a
 * total row per timepoint; each count column (one timepoint, across the groups) is suppressed as the
 * other reports' columns are.
 */
public final class RetentionReport {

    /** The count columns of a row, each one timepoint's count across the groups. */
    private enum Column { DUE, IN_WINDOW, LATE, MISSING, WITHDRAWN_BEFORE_DUE }

    private RetentionReport() {
    }

    /**
     * @param sites the sites in scope: grouped by site, each gets rows even with no participants
     * @param windowDays each site's window either side of the due date
     * @param reportDate the date the report is as of
     */
    public static TotalsTable<RetentionRow> of(GroupBy groupBy, Collection<FollowUp> participants, Collection<String> sites,
                           Map<String, Integer> windowDays, LocalDate reportDate) {
        Map<String, List<Map<Status, Long>>> groups = new TreeMap<>();
        if (groupBy == GroupBy.SITE) {
            sites.forEach(site -> groups.put(site, emptyCounts()));
        }
        List<Map<Status, Long>> all = emptyCounts();
        for (FollowUp participant : participants) {
            int days = windowDays.getOrDefault(participant.siteId(), 0);
            for (String label : Grouping.labels(groupBy, participant.profile())) {
                add(groups.computeIfAbsent(label, key -> emptyCounts()), participant, days, reportDate);
            }
            add(all, participant, days, reportDate);
        }
        List<String> labels = List.copyOf(groups.keySet());
        Map<FollowUpPoint, Map<Column, List<SuppressedCount>>> cells = new EnumMap<>(FollowUpPoint.class);
        Map<FollowUpPoint, Map<Column, SuppressedCount>> totals = new EnumMap<>(FollowUpPoint.class);
        for (FollowUpPoint point : FollowUpPoint.values()) {
            Map<Column, List<SuppressedCount>> columns = new EnumMap<>(Column.class);
            Map<Column, SuppressedCount> total = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                List<Long> counts = labels.stream().map(label -> count(groups.get(label), point, column)).toList();
                long whole = count(all, point, column);
                columns.put(column, Suppression.column(counts, whole));
                total.put(column, Suppression.count(whole));
            }
            cells.put(point, columns);
            totals.put(point, total);
        }
        List<RetentionRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (FollowUpPoint point : FollowUpPoint.values()) {
                int at = i;
                Map<Column, SuppressedCount> row = new EnumMap<>(Column.class);
                cells.get(point).forEach((column, groupCells) -> row.put(column, groupCells.get(at)));
                rows.add(row(labels.get(i), point, row));
            }
        }
        List<RetentionRow> totalRows = new ArrayList<>();
        for (FollowUpPoint point : FollowUpPoint.values()) {
            totalRows.add(row(Grouping.ALL, point, totals.get(point)));
        }
        return new TotalsTable<>(rows, totalRows);
    }

    private static RetentionRow row(String group, FollowUpPoint point, Map<Column, SuppressedCount> cells) {
        SuppressedCount due = cells.get(Column.DUE);
        SuppressedCount inWindow = cells.get(Column.IN_WINDOW);
        return new RetentionRow(group, point.wire(), due, inWindow, cells.get(Column.LATE), cells.get(Column.MISSING),
                cells.get(Column.WITHDRAWN_BEFORE_DUE), Suppression.rate(inWindow, due));
    }

    private static List<Map<Status, Long>> emptyCounts() {
        List<Map<Status, Long>> counts = new ArrayList<>();
        for (FollowUpPoint ignored : FollowUpPoint.values()) {
            counts.add(new EnumMap<>(Status.class));
        }
        return counts;
    }

    private static void add(List<Map<Status, Long>> counts, FollowUp participant, int windowDays, LocalDate reportDate) {
        for (FollowUpPoint point : FollowUpPoint.values()) {
            Status status = Retention.status(participant, point, windowDays, reportDate);
            Map<Status, Long> at = counts.get(point.ordinal());
            at.merge(status, participant.profile().alike(), Long::sum);
        }
    }

    /** The count of one column at {@code point}: due is those in the window, late or missing. */
    private static long count(List<Map<Status, Long>> counts, FollowUpPoint point, Column column) {
        Map<Status, Long> at = counts.get(point.ordinal());
        return switch (column) {
            case DUE -> at.getOrDefault(Status.IN_WINDOW, 0L) + at.getOrDefault(Status.LATE, 0L)
                    + at.getOrDefault(Status.MISSING, 0L);
            case IN_WINDOW -> at.getOrDefault(Status.IN_WINDOW, 0L);
            case LATE -> at.getOrDefault(Status.LATE, 0L);
            case MISSING -> at.getOrDefault(Status.MISSING, 0L);
            case WITHDRAWN_BEFORE_DUE -> at.getOrDefault(Status.WITHDRAWN_BEFORE_DUE, 0L);
        };
    }
}
