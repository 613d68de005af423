package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.pathway.reporting.domain.statistics.Frequencies;
import org.pathway.reporting.domain.statistics.Quantiles;
import org.pathway.reporting.domain.statistics.Summary;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.Suppression;

/** {@code GET /reports/attendance}: do placed young people keep going. */
public final class AttendanceReport {

    private static final Predicate<Participant> PLACED = participant -> participant.stages().placed();

    private AttendanceReport() {
    }

    public static ReportTable<AttendanceRow> of(Map<String, List<Participant>> groups, List<Participant> all) {
        List<List<Participant>> members = List.copyOf(groups.values());
        CountColumn placed = CountColumn.of(members, all, PLACED);
        CountColumn adherent = CountColumn.of(members, all, PLACED.and(Participant::adheres));
        List<AttendanceRow> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Participant>> group : groups.entrySet()) {
            rows.add(row(group.getKey(), group.getValue(), placed.group(i), adherent.group(i)));
            i++;
        }
        return new ReportTable<>(rows, row(Grouping.ALL, all, placed.total(), adherent.total()));
    }

    private static AttendanceRow row(String group, List<Participant> participants, SuppressedCount placed,
                                     SuppressedCount adherent) {
        Frequencies sessions = new Frequencies();
        participants.stream().filter(PLACED)
                .forEach(participant -> sessions.add(participant.sessionsAttended(), participant.alike()));
        Summary summary = Summary.of(sessions);
        Quantiles quantiles = Quantiles.of(sessions);
        return new AttendanceRow(group,
                placed,
                Suppression.statistic(summary.mean(), placed),
                Suppression.statistic(quantiles.p25(), placed),
                Suppression.statistic(quantiles.median(), placed),
                Suppression.statistic(quantiles.p75(), placed),
                adherent,
                Suppression.rate(adherent, placed));
    }
}
