package org.pathway.engagement.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;

class AttendanceItemValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final UUID PLACEMENT = UUID.fromString("6f1c1c7e-3c55-4d8e-9d0a-2b1f4f9b1a10");

    /** Blank eventId/status/date cells are null; placementId 'none' is null; dateOffset is days from today. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                        | eventId        | placement | dateOffset | status    | field                    | message
        missing event id              |                | some      | 0          | attended  | events[0].eventId        | is required
        blank event id                | '   '          | some      | 0          | attended  | events[0].eventId        | is required
        event id over 100 characters  | LONG           | some      | 0          | attended  | events[0].eventId        | must be 1 to 100 characters
        missing placement             | att-1          | none      | 0          | attended  | events[0].placementId    | is required
        missing session date          | att-1          | some      |            | attended  | events[0].sessionDate    | is required
        session two days ahead        | att-1          | some      | 2          | attended  | events[0].sessionDate    | must not be more than 1 day in the future
        missing status                | att-1          | some      | 0          |           | events[0].status         | is required
        unknown status                | att-1          | some      | 0          | late      | events[0].status         | must be one of attended, missed, cancelled
        status in another case        | att-1          | some      | 0          | Attended  | events[0].status         | must be one of attended, missed, cancelled
        """)
    void reportsTheOffendingField(String name, String eventId, String placement, Integer dateOffset, String status,
                                  String field, String message) {
        AttendanceItem item = new AttendanceItem(
                "LONG".equals(eventId) ? "x".repeat(101) : eventId,
                "none".equals(placement) ? null : PLACEMENT,
                dateOffset == null ? null : TODAY.plusDays(dateOffset),
                status);
        assertThat(AttendanceItemValidator.validate(new AttendanceBatch(List.of(item)), TODAY))
                .containsExactly(new FieldError(field, message));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "attended,  0, a",
        "missed,    -30, att-000001",
        "cancelled, 1, 100",
    })
    void acceptsValidEvents(String status, int dateOffset, String eventIdSpec) {
        String eventId = eventIdSpec.equals("100") ? "e".repeat(100) : eventIdSpec;
        AttendanceItem item = new AttendanceItem(eventId, PLACEMENT, TODAY.plusDays(dateOffset), status);
        assertThat(AttendanceItemValidator.validate(new AttendanceBatch(List.of(item)), TODAY)).isEmpty();
    }

    @Test
    void namesEachEventByItsPositionInTheBatch() {
        List<AttendanceItem> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(new AttendanceItem("att-" + i, PLACEMENT, TODAY, i == 3 ? "present" : "attended"));
        }
        events.add(null);
        assertThat(AttendanceItemValidator.validate(new AttendanceBatch(events), TODAY))
                .extracting(FieldError::field).containsExactly("events[3].status", "events[5]");
    }

    @Test
    void reportsEveryProblemOfAnEvent() {
        AttendanceItem item = new AttendanceItem(null, null, null, null);
        assertThat(AttendanceItemValidator.validate(item, 7, TODAY)).extracting(FieldError::field).containsExactly(
                "events[7].eventId", "events[7].placementId", "events[7].sessionDate", "events[7].status");
    }

    @Test
    void requiresTheEventsList() {
        assertThat(AttendanceItemValidator.validate(new AttendanceBatch(null), TODAY))
                .containsExactly(new FieldError("events", "is required"));
    }

    @Test
    void neverEchoesSubmittedValues() {
        AttendanceItem item = new AttendanceItem("Sam Taylor 07700900123".repeat(5), PLACEMENT, TODAY.plusDays(9),
                "Sam Taylor");
        assertThat(AttendanceItemValidator.validate(item, 0, TODAY))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.message()).doesNotContain("Sam").doesNotContain("0770"));
    }

    @Test
    void anEmptyBatchHasNothingToReject() {
        assertThat(AttendanceItemValidator.validate(new AttendanceBatch(Arrays.asList()), TODAY)).isEmpty();
    }
}
