package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.pathway.reporting.domain.statistics.Frequencies;
import org.pathway.reporting.domain.statistics.Quantiles;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.Suppression;

/** {@code GET /reports/timeliness}: how long young people wait for contact and for a first activity. */
public final class TimelinessReport {

    private TimelinessReport() {
    }

    public static ReportTable<TimelinessRow> of(Map<String, List<Participant>> groups, List<Participant> all) {
        List<String> labels = List.copyOf(groups.keySet());
        List<List<Participant>> members = List.copyOf(groups.values());
        Waits contact = Waits.of(members, all, Participant::daysToContact);
        Waits firstSession = Waits.of(members, all, Participant::daysToFirstSession);
        List<TimelinessRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(row(labels.get(i), contact.column().group(i), contact.groups().get(i),
                    firstSession.column().group(i), firstSession.groups().get(i)));
        }
        TimelinessRow total = row(Grouping.ALL, contact.column().total(), contact.total(),
                firstSession.column().total(), firstSession.total());
        return new ReportTable<>(rows, total);
    }

    private static TimelinessRow row(String group, SuppressedCount contactN, Quantiles contact,
                                     SuppressedCount firstSessionN, Quantiles firstSession) {
        return new TimelinessRow(group,
                contactN,
                Suppression.statistic(contact.p25(), contactN),
                Suppression.statistic(contact.median(), contactN),
                Suppression.statistic(contact.p75(), contactN),
                firstSessionN,
                Suppression.statistic(firstSession.p25(), firstSessionN),
                Suppression.statistic(firstSession.median(), firstSessionN),
                Suppression.statistic(firstSession.p75(), firstSessionN));
    }

    /** Quartiles of one wait for each group and the total, and the suppressed counts behind them. */
    private record Waits(List<Quantiles> groups, Quantiles total, CountColumn column) {

        static Waits of(List<List<Participant>> groups, List<Participant> all, Function<Participant, Integer> days) {
            List<Quantiles> quantiles = groups.stream().map(group -> quantiles(group, days)).toList();
            Quantiles total = quantiles(all, days);
            CountColumn column = CountColumn.of(quantiles.stream().map(q -> (long) q.n()).toList(), total.n());
            return new Waits(quantiles, total, column);
        }

        private static Quantiles quantiles(List<Participant> participants, Function<Participant, Integer> days) {
            Frequencies waits = new Frequencies();
            for (Participant participant : participants) {
                Integer wait = days.apply(participant);
                if (wait != null) {
                    waits.add(wait, participant.alike());
                }
            }
            return Quantiles.of(waits);
        }
    }
}
