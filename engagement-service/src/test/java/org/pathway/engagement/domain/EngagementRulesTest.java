package org.pathway.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathway.engagement.domain.Sessions.day;
import static org.pathway.engagement.domain.Sessions.weekly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.events.AttendanceStatus;

class EngagementRulesTest {

    /** Sessions are weekly from day 0 (session n on day 7n); blank placedSince = null; blank expected = no status. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # rule                                                  | sessions          | placed | placedSince | today | expected
        no sessions, not placed: not yet connected              |                   | false  |             | 10    |
        first attended session connects                         | A                 | false  |             | 1     | CONNECTED
        two attended still connected                            | A A               | false  |             | 8     | CONNECTED
        third attended engages                                  | A A A             | false  |             | 15    | ENGAGED
        five attended still engaged                             | A A A A A         | false  |             | 29    | ENGAGED
        sixth attended sustains                                 | A A A A A A       | false  |             | 36    | SUSTAINED
        misses alone never connect                              | M M               | false  |             | 8     |
        three misses in a row disengage, even before connecting | M M M             | false  |             | 15    | DISENGAGED
        three misses after attending disengage                  | A A A M M M       | false  |             | 36    | DISENGAGED
        miss streak overrides sustained                         | A A A A A A M M M | false  |             | 57    | DISENGAGED
        two misses are not a streak of three                    | A A M M           | false  |             | 22    | CONNECTED
        an attendance breaks the streak                         | M M A M M         | false  |             | 29    | CONNECTED
        cancelled session does not break a streak               | A M M C M         | false  |             | 29    | DISENGAGED
        cancelled session does not extend a streak              | A M M C           | false  |             | 22    | CONNECTED
        cancelled sessions are not misses                       | C C C             | false  |             | 15    |
        cancelled sessions are not attendance                   | A C C C C C       | false  |             | 36    | CONNECTED
        later attendance lifts DISENGAGED                       | A A A M M M A     | false  |             | 43    | ENGAGED
        27 days since last attendance while placed              | A                 | true   | 0           | 27    | CONNECTED
        28 days since last attendance while placed              | A                 | true   | 0           | 28    | DISENGAGED
        days count from the last attendance                     | A A A             | true   | 0           | 41    | ENGAGED
        days count from the last attendance, reached            | A A A             | true   | 0           | 42    | DISENGAGED
        never attended, 27 days since placed                    |                   | true   | 0           | 27    |
        never attended, 28 days since placed                    |                   | true   | 0           | 28    | DISENGAGED
        misses and cancellations do not reset the clock         | A M C             | true   | 0           | 28    | DISENGAGED
        not placed: no attendance clock                         | A                 | false  | 0           | 400   | CONNECTED
        new placement restarts the clock                        | A                 | true   | 60          | 87    | CONNECTED
        new placement clock runs out too                        | A                 | true   | 60          | 88    | DISENGAGED
        placed without a start date and never attended          |                   | true   |             | 400   |
        """)
    void derivesStatusFromSessions(String rule, String sessions, boolean placed, Integer placedSince,
                                   int today, EngagementStatus expected) {
        assertThat(EngagementRules.evaluate(weekly(sessions), placed, day(placedSince), day(today),
                EngagementThresholds.DEFAULTS))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "[{index}] {5} with {6}")
    @CsvSource(delimiter = '|', textBlock = """
        # connected | engaged | sustained | misses | days | sessions  | placed | today | expected
        2           | 4       | 8         | 2      | 14   | A         | false  | 1     |
        2           | 4       | 8         | 2      | 14   | A A       | false  | 8     | CONNECTED
        2           | 4       | 8         | 2      | 14   | A A A     | false  | 15    | CONNECTED
        2           | 4       | 8         | 2      | 14   | A A A A   | false  | 22    | ENGAGED
        2           | 4       | 8         | 2      | 14   | A A A A A A A A | false | 50 | SUSTAINED
        2           | 4       | 8         | 2      | 14   | A A M M   | false  | 22    | DISENGAGED
        2           | 4       | 8         | 2      | 14   | A A       | true   | 20    | CONNECTED
        2           | 4       | 8         | 2      | 14   | A A       | true   | 21    | DISENGAGED
        1           | 3       | 6         | 5      | 28   | M M M M   | false  | 22    |
        1           | 3       | 6         | 5      | 28   | M M M M M | false  | 29    | DISENGAGED
        1           | 1       | 1         | 1      | 1    | A         | false  | 1     | SUSTAINED
        1           | 1       | 1         | 1      | 1    | A M       | false  | 8     | DISENGAGED
        1           | 3       | 6         | 3      | 60   | A         | true   | 59    | CONNECTED
        """)
    void followsTheSiteThresholds(int connected, int engaged, int sustained, int misses, int days,
                                  String sessions, boolean placed, int today, EngagementStatus expected) {
        EngagementThresholds thresholds = new EngagementThresholds(connected, engaged, sustained, misses, days);
        assertThat(EngagementRules.evaluate(weekly(sessions), placed, day(0), day(today), thresholds))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void readsSessionsInDateOrderWhateverOrderTheyArrive() {
        List<SessionRecord> sessions = new ArrayList<>(weekly("M M M A"));
        Collections.reverse(sessions);
        assertThat(EngagementRules.evaluate(sessions, false, null, day(22), EngagementThresholds.DEFAULTS))
                .contains(EngagementStatus.CONNECTED);
    }

    @Test
    void aLateReportedOldMissDoesNotCountAsTheLatestSession() {
        List<SessionRecord> sessions = new ArrayList<>(weekly("M M A"));
        sessions.add(new SessionRecord(Sessions.START.minusWeeks(1), AttendanceStatus.MISSED));
        assertThat(EngagementRules.evaluate(sessions, false, null, day(15), EngagementThresholds.DEFAULTS))
                .contains(EngagementStatus.CONNECTED);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 3, 6, 3, 28",
        "1, 3, 6, 0, 28",
        "1, 3, 6, 3, 0",
        "3, 2, 6, 3, 28",
        "1, 6, 3, 3, 28"
    })
    void refusesInconsistentThresholds(int connected, int engaged, int sustained, int misses, int days) {
        assertThatThrownBy(() -> new EngagementThresholds(connected, engaged, sustained, misses, days))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(EngagementThresholds.DEFAULTS).isEqualTo(new EngagementThresholds(1, 3, 6, 3, 28));
    }

    @Test
    void todayIsTheCallersClock() {
        LocalDate placedSince = LocalDate.of(2026, 1, 1);
        assertThat(EngagementRules.evaluate(List.of(), true, placedSince, placedSince.plusDays(28),
                EngagementThresholds.DEFAULTS)).contains(EngagementStatus.DISENGAGED);
    }
}
