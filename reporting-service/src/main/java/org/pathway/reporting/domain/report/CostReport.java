package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.reporting.domain.cost.CostModel;
import org.pathway.reporting.domain.cost.CostRow;
import org.pathway.reporting.domain.cost.LinkWorkerTime;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedPence;

/** {@code GET /reports/cost}: what the pathway cost, for the participants of the cohort. */
public final class CostReport {

    private CostReport() {
    }

    /** @param hourlyRatePenceBySite the link-worker hourly rate of every site in the cohort */
    public static ReportTable<CostReportRow> of(Map<String, List<Participant>> groups, List<Participant> all,
                                                Map<String, Long> hourlyRatePenceBySite) {
        List<List<Participant>> members = List.copyOf(groups.values());
        CountColumn accepted = CountColumn.of(members, all, participant -> participant.stages().accepted());
        CountColumn engaged = CountColumn.of(members, all, participant -> participant.stages().engaged());
        List<CostReportRow> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Participant>> group : groups.entrySet()) {
            rows.add(row(group.getKey(), group.getValue(), accepted.group(i), engaged.group(i), hourlyRatePenceBySite));
            i++;
        }
        return new ReportTable<>(rows, row(Grouping.ALL, all, accepted.total(), engaged.total(), hourlyRatePenceBySite));
    }

    private static CostReportRow row(String group, List<Participant> participants, SuppressedCount accepted,
                                     SuppressedCount engaged, Map<String, Long> hourlyRatePenceBySite) {
        CostRow cost = CostModel.row(
                participants.stream().mapToLong(Participant::activityPence).reduce(0, Math::addExact),
                participants.stream()
                        .map(participant -> new LinkWorkerTime(participant.siteId(), participant.linkWorkerMinutes()))
                        .toList(),
                hourlyRatePenceBySite,
                accepted.suppressed() ? 0 : accepted.value(),
                engaged.suppressed() ? 0 : engaged.value());
        SuppressedCount perEngagedBasis = accepted.suppressed() ? accepted : engaged;
        return new CostReportRow(group,
                accepted,
                engaged,
                SuppressedPence.of(cost.activityPence(), accepted),
                SuppressedPence.of(cost.linkWorkerPence(), accepted),
                SuppressedPence.of(cost.totalPence(), accepted),
                SuppressedPence.of(cost.perAcceptedPence(), accepted),
                SuppressedPence.of(cost.perEngagedPence(), perEngagedBasis));
    }
}
