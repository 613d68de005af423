package org.pathway.referral.referrer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathway.referral.referrer.OutcomeSummaries.Measure;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeSummariesTest {

    private static Measure measure(String instrument, String timepoint, String date, double score) {
        return new Measure(instrument, timepoint, LocalDate.parse(date), Map.of("total", score));
    }

    @Test
    void eachInstrumentHasItsBaselineAndItsLatestMeasure() {
        List<MessageFacts.OutcomeScores> summaries = OutcomeSummaries.of(List.of(
                measure("SWEMWBS", "3m", "2026-12-01", 24),
                measure("SWEMWBS", "baseline", "2026-09-01", 20),
                measure("SWEMWBS", "6m", "2027-03-01", 26),
                measure("RCADS25", "baseline", "2026-09-02", 40)));

        assertThat(summaries).extracting(MessageFacts.OutcomeScores::instrument).containsExactly("RCADS25", "SWEMWBS");
        MessageFacts.OutcomeScores swemwbs = summaries.get(1);
        assertThat(swemwbs.baseline().timepoint()).isEqualTo("baseline");
        assertThat(swemwbs.baseline().scores()).containsEntry("total", 20.0);
        assertThat(swemwbs.latest().timepoint()).isEqualTo("6m");
        assertThat(swemwbs.latest().scores()).containsEntry("total", 26.0);
    }

    @Test
    void aBaselineAloneIsAlsoTheLatest() {
        MessageFacts.OutcomeScores only = OutcomeSummaries.of(List.of(measure("ONS4", "baseline", "2026-09-01", 6)))
                .get(0);

        assertThat(only.latest()).isEqualTo(only.baseline());
    }

    @Test
    void withoutABaselineOnlyTheLatestIsGiven() {
        MessageFacts.OutcomeScores noBaseline = OutcomeSummaries.of(List.of(measure("ONS4", "3m", "2026-12-01", 6),
                measure("ONS4", "6m", "2026-12-01", 7))).get(0);

        assertThat(noBaseline.baseline()).isNull();
        assertThat(noBaseline.latest().timepoint()).as("same day: the later timepoint").isEqualTo("6m");
    }

    @Test
    void noMeasuresNoOutcomes() {
        assertThat(OutcomeSummaries.of(List.of())).isEmpty();
    }
}
