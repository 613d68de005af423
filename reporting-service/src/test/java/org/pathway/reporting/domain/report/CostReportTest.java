package org.pathway.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.suppression.SuppressedPence;

class CostReportTest {

    private static final Map<String, Long> RATES = Map.of("north-london", 2564L, "cardiff-vale", 3000L);

    @Test
    void withholdsAGroupsMoneyWithItsAcceptedCountAndShowsTheTotal() {
        List<Participant> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(Participants.engagedWithCost("north-london", "P-N" + i, 2, 500, 60));
        }
        all.add(Participants.engagedWithCost("cardiff-vale", "P-C1", 2, 800, 60));

        ReportTable<CostReportRow> table = CostReport.of(
                Grouping.of(GroupBy.SITE, all, List.of("cardiff-vale", "north-london")), all, RATES);

        // cardiff-vale has 1 accepted participant: withheld, and north-london's 6 with it
        assertThat(table.rows()).allSatisfy(row -> {
            assertThat(row.accepted().suppressed()).isTrue();
            assertThat(row.totalPence()).isEqualTo(SuppressedPence.withheld());
            assertThat(row.perAcceptedPence()).isEqualTo(SuppressedPence.withheld());
        });
        // activity 12 × 500 + 2 × 800 = 7600; link-worker 6 h × 2564 + 1 h × 3000 = 18384
        assertThat(table.total().activityPence()).isEqualTo(new SuppressedPence(7600L, false));
        assertThat(table.total().linkWorkerPence()).isEqualTo(new SuppressedPence(18384L, false));
        assertThat(table.total().perAcceptedPence()).isEqualTo(new SuppressedPence(Math.round(25984 / 7.0), false));
    }

    @Test
    void withholdsTheCostPerEngagedParticipantWhenOnlyTheEngagedCountIsSmall() {
        List<Participant> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(Participants.accepted("north-london", "P-A" + i));
        }
        all.add(Participants.engagedWithCost("north-london", "P-E", 1, 1000, 0));

        CostReportRow total = CostReport.of(Grouping.of(GroupBy.SITE, all, List.of("north-london")), all, RATES).total();

        assertThat(total.perAcceptedPence()).isEqualTo(new SuppressedPence(167L, false));
        assertThat(total.perEngagedPence()).isEqualTo(SuppressedPence.withheld());
    }
}
