package org.pathway.reporting.domain.report;

import java.util.List;
import java.util.function.Predicate;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.Suppression;

/**
 * One count column of a report after suppression: the cell of each group (primary and secondary
 * suppression against the total) and the total's cell (primary only).
 */
record CountColumn(List<SuppressedCount> groups, SuppressedCount total) {

    /** Counts the participants (each entry {@link Participant#alike} times) matching {@code counted} in each group and in the whole cohort. */
    static CountColumn of(List<List<Participant>> groups, List<Participant> all, Predicate<Participant> counted) {
        return of(groups.stream().map(group -> count(group, counted)).toList(), count(all, counted));
    }

    static CountColumn of(List<Long> groupCounts, long total) {
        return new CountColumn(Suppression.column(groupCounts, total), Suppression.count(total));
    }

    SuppressedCount group(int index) {
        return groups.get(index);
    }

    private static long count(List<Participant> participants, Predicate<Participant> counted) {
        return participants.stream().filter(counted).mapToLong(Participant::alike).sum();
    }
}
