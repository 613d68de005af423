package org.pathway.reporting.domain.report;

import java.util.List;
import java.util.Map;

import org.pathway.reporting.domain.uptake.Funnel;
import org.pathway.reporting.domain.uptake.FunnelCounts;
import org.pathway.reporting.domain.uptake.FunnelRow;
import org.pathway.reporting.domain.uptake.FunnelTable;

/** {@code GET /reports/uptake}: the funnel of each group. */
public final class UptakeReport {

    private UptakeReport() {
    }

    public static ReportTable<FunnelRow> of(Map<String, List<Participant>> groups, List<Participant> all) {
        FunnelTable table = Funnel.table(
                groups.entrySet().stream().map(group -> counts(group.getKey(), group.getValue())).toList(),
                counts(Grouping.ALL, all));
        return new ReportTable<>(table.rows(), table.total());
    }

    static FunnelCounts counts(String group, List<Participant> participants) {
        long referred = 0;
        long accepted = 0;
        long declined = 0;
        long contacted = 0;
        long placed = 0;
        long connected = 0;
        long engaged = 0;
        long sustained = 0;
        long withdrawn = 0;
        for (Participant participant : participants) {
            Participant.Stages stages = participant.stages();
            long alike = participant.alike();
            referred += alike;
            accepted += stages.accepted() ? alike : 0;
            declined += stages.declined() ? alike : 0;
            contacted += stages.contacted() ? alike : 0;
            placed += stages.placed() ? alike : 0;
            connected += stages.connected() ? alike : 0;
            engaged += stages.engaged() ? alike : 0;
            sustained += stages.sustained() ? alike : 0;
            withdrawn += stages.withdrawn() ? alike : 0;
        }
        return new FunnelCounts(group, referred, accepted, declined, contacted, placed, connected, engaged,
                sustained, withdrawn);
    }
}
