package org.pathway.workspace.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnairesDueTest {

    private static final LocalDate CONTACTED = LocalDate.parse("2026-01-05");

    /** Days after the first contact, what is recorded, and what is due (timepoint:missing, open or missed). */
    @ParameterizedTest(name = "day {0}, recorded [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "0   |                                          | baseline:SWEMWBS+RCADS25+ONS4:open",
            "10  | SWEMWBS@baseline                         | baseline:RCADS25+ONS4:open",
            "28  | SWEMWBS@baseline RCADS25@baseline ONS4@baseline |",
            "29  | SWEMWBS@baseline                         | baseline:RCADS25+ONS4:missed",
            "77  | SWEMWBS@baseline RCADS25@baseline ONS4@baseline | 3m:SWEMWBS+RCADS25+ONS4:open",
            "90  | SWEMWBS@baseline RCADS25@baseline ONS4@baseline ONS4@3m | 3m:SWEMWBS+RCADS25:open",
            "200 | SWEMWBS@baseline RCADS25@baseline ONS4@baseline SWEMWBS@3m RCADS25@3m ONS4@3m | 6m:SWEMWBS+RCADS25+ONS4:missed",
            "170 | ONS4@6m SWEMWBS@baseline RCADS25@baseline ONS4@baseline SWEMWBS@3m RCADS25@3m ONS4@3m | 6m:SWEMWBS+RCADS25:open",
    })
    void dueAndMissedFollowTheWindowsAndWhatIsRecorded(int daysAfter, String recorded, String expected) {
        Set<String> keys = recorded == null ? Set.of() : Set.of(recorded.trim().split("\\s+"));
        String due = QuestionnairesDue.of(CONTACTED, CONTACTED.plusDays(daysAfter), keys).stream()
                .map(d -> d.window().timepoint() + ":" + String.join("+", d.missing()) + ":" + (d.open() ? "open" : "missed"))
                .collect(Collectors.joining(" "));
        assertThat(due).isEqualTo(expected == null ? "" : expected.trim());
    }

    @ParameterizedTest(name = "the key of {0} at {1}")
    @CsvSource({"SWEMWBS, baseline, SWEMWBS@baseline", "ONS4, 6m, ONS4@6m"})
    void aRecordedMeasureIsKeyedByInstrumentAndTimepoint(String instrument, String timepoint, String key) {
        assertThat(QuestionnairesDue.key(instrument, timepoint)).isEqualTo(key);
    }
}
