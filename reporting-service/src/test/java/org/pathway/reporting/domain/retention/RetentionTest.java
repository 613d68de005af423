package org.pathway.reporting.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.reporting.domain.report.Participant;
import org.pathway.reporting.domain.retention.Retention.Status;

class RetentionTest {

    /** Accepted 2025-01-01: 3 months due 2025-04-02 (day 91), window 2025-03-12 to 2025-04-23 with 21 days. */
    private static final LocalDate ACCEPTED = LocalDate.parse("2025-01-01");
    private static final int WINDOW = 21;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("due tomorrow: not due", null, List.of(), "2025-04-01", Status.NOT_DUE),
                Arguments.of("due today, nothing yet: missing", null, List.of(), "2025-04-02", Status.MISSING),
                Arguments.of("on the first day of the window", null, List.of("2025-03-12"), "2025-06-01", Status.IN_WINDOW),
                Arguments.of("a day before the window: missing", null, List.of("2025-03-11"), "2025-06-01", Status.MISSING),
                Arguments.of("on the last day of the window", null, List.of("2025-04-23"), "2025-06-01", Status.IN_WINDOW),
                Arguments.of("a day after the window: late", null, List.of("2025-04-24"), "2025-06-01", Status.LATE),
                Arguments.of("late and in window: in window", null, List.of("2025-05-30", "2025-04-10"), "2025-06-01",
                        Status.IN_WINDOW),
                Arguments.of("completed after the report date: not counted", null, List.of("2025-04-10"), "2025-04-05",
                        Status.MISSING),
                Arguments.of("withdrawn the day before due", "2025-04-01", List.of(), "2025-06-01",
                        Status.WITHDRAWN_BEFORE_DUE),
                Arguments.of("withdrawn on the due date: due", "2025-04-02", List.of(), "2025-06-01", Status.MISSING),
                Arguments.of("withdrawal after the report date not known yet", "2025-03-20", List.of(), "2025-03-01",
                        Status.NOT_DUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void placesAParticipantAtTheThreeMonthTimepoint(String description, String withdrawn, List<String> completed,
                                                    String reportDate, Status expected) {
        FollowUp participant = new FollowUp(profile(), ACCEPTED, withdrawn == null ? null : LocalDate.parse(withdrawn),
                Map.of(FollowUpPoint.THREE_MONTHS, completed.stream().map(LocalDate::parse).toList()));

        assertThat(Retention.status(participant, FollowUpPoint.THREE_MONTHS, WINDOW, LocalDate.parse(reportDate)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} due {1} days after acceptance")
    @MethodSource("offsets")
    void eachTimepointIsDueItsDaysAfterAcceptance(FollowUpPoint point, int days) {
        FollowUp participant = new FollowUp(profile(), ACCEPTED, null, Map.of());

        assertThat(Retention.status(participant, point, WINDOW, ACCEPTED.plusDays(days - 1))).isEqualTo(Status.NOT_DUE);
        assertThat(Retention.status(participant, point, WINDOW, ACCEPTED.plusDays(days))).isEqualTo(Status.MISSING);
    }

    static Stream<Arguments> offsets() {
        return Stream.of(Arguments.of(FollowUpPoint.BASELINE, 0), Arguments.of(FollowUpPoint.THREE_MONTHS, 91),
                Arguments.of(FollowUpPoint.SIX_MONTHS, 182));
    }

    static Participant profile() {
        return new Participant("north-london", "P-1", 14, "female", "A", 5, List.of("anxiety"),
                new Participant.Stages(true, false, false, false, false, false, false, false),
                null, null, 0, false, 0, 0, 1);
    }
}
