package org.pathway.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.retention.FollowUp;
import org.pathway.reporting.domain.retention.FollowUpPoint;
import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedRate;

class RetentionReportTest {

    private static final LocalDate ACCEPTED = LocalDate.parse("2025-01-01");
    private static final LocalDate REPORT_DATE = LocalDate.parse("2025-05-01");
    private static final List<String> SITES = List.of("cardiff-vale", "north-london");

    /**
     * north-london: 8 accepted 2025-01-01, by 2025-05-01 (3m due 2025-04-02, window ± 21 days): 5 with a 3m
     * questionnaire in the window, 1 late (2025-04-30), 1 missing, 1 withdrawn in February. cardiff-vale:
     * 6 accepted, all with baseline, none due at 6 months.
     */
    @Test
    void countsEachTimepointOfEachGroupAndSuppressesTheColumns() {
        List<FollowUp> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(followUp("north-london", null, Map.of(FollowUpPoint.BASELINE, List.of(ACCEPTED),
                    FollowUpPoint.THREE_MONTHS, List.of(LocalDate.parse("2025-04-10")))));
        }
        all.add(followUp("north-london", null, Map.of(FollowUpPoint.THREE_MONTHS, List.of(LocalDate.parse("2025-04-30")))));
        all.add(followUp("north-london", null, Map.of()));
        all.add(followUp("north-london", LocalDate.parse("2025-02-01"), Map.of(FollowUpPoint.BASELINE, List.of(ACCEPTED))));
        for (int i = 0; i < 6; i++) {
            all.add(followUp("cardiff-vale", null, Map.of(FollowUpPoint.BASELINE, List.of(ACCEPTED.plusDays(3)))));
        }

        TotalsTable<RetentionRow> table = RetentionReport.of(GroupBy.SITE, all, SITES,
                Map.of("north-london", 21, "cardiff-vale", 21), REPORT_DATE);

        assertThat(table.rows()).extracting(RetentionRow::group, RetentionRow::timepoint).containsExactly(
                tuple("cardiff-vale", "baseline"), tuple("cardiff-vale", "3m"), tuple("cardiff-vale", "6m"),
                tuple("north-london", "baseline"), tuple("north-london", "3m"), tuple("north-london", "6m"));
        RetentionRow londonThreeMonths = table.rows().get(4);
        assertThat(londonThreeMonths.due()).isEqualTo(SuppressedCount.shown(7));
        assertThat(londonThreeMonths.inWindow()).isEqualTo(SuppressedCount.shown(5));
        assertThat(londonThreeMonths.late()).isEqualTo(SuppressedCount.withheld());
        assertThat(londonThreeMonths.missing()).isEqualTo(SuppressedCount.withheld());
        assertThat(londonThreeMonths.withdrawnBeforeDue()).isEqualTo(SuppressedCount.withheld());
        assertThat(londonThreeMonths.inWindowRate()).isEqualTo(new SuppressedRate(0.714, false));
        // cardiff-vale's 6 are due at 3 months too, all missing: withheld, as north-london's 1 missing alone would
        // be recovered from the total
        assertThat(table.rows().get(0).inWindow()).isEqualTo(SuppressedCount.shown(6));
        assertThat(table.rows().get(1).missing()).isEqualTo(SuppressedCount.withheld());
        assertThat(table.totals().get(1).missing()).isEqualTo(SuppressedCount.shown(7));
        // the withdrawn north-london participant was due at baseline: 14 due, 12 in window, 2 missing
        RetentionRow baseline = table.totals().get(0);
        assertThat(baseline.due()).isEqualTo(SuppressedCount.shown(14));
        assertThat(baseline.inWindow()).isEqualTo(SuppressedCount.shown(12));
        RetentionRow sixMonths = table.totals().get(2);
        assertThat(sixMonths.due()).isEqualTo(SuppressedCount.shown(0));
        assertThat(sixMonths.inWindowRate().value()).isNull();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static FollowUp followUp(String site, LocalDate withdrawn, Map<FollowUpPoint, List<LocalDate>> completions) {
        Participant profile = new Participant(site, null, 14, "female", "A", 5, List.of("anxiety"),
                new Participant.Stages(true, false, false, false, false, false, false, false),
                null, null, 0, false, 0, 0, 1);
        return new FollowUp(profile, ACCEPTED, withdrawn, completions);
    }
}
