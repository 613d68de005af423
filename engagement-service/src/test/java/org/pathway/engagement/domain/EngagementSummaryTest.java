package org.pathway.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.engagement.domain.Sessions.day;
import static org.pathway.engagement.domain.Sessions.weekly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngagementSummaryTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sessions  | attended | missed | cancelled | lastAttendedDay
                    | 0        | 0      | 0         |
        M C         | 0        | 1      | 1         |
        A M A C M   | 2        | 2      | 1         | 14
        A A A A A A | 6        | 0      | 0         | 35
        """)
    void countsSessionsAndFindsTheLastAttendance(String sessions, int attended, int missed, int cancelled,
                                                 Integer lastAttendedDay) {
        List<SessionRecord> shuffled = new ArrayList<>(weekly(sessions));
        Collections.reverse(shuffled);
        assertThat(EngagementSummary.of(shuffled))
                .isEqualTo(new EngagementSummary(attended, missed, cancelled, day(lastAttendedDay)));
    }
}
