package org.pathway.engagement.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.chassis.problem.FieldError;

/** What the bad-input sweep guards: text and dates PostgreSQL cannot store never reach it. */
class InputBoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"att-\u0000", "\u0007", "att\n1", "\uD800", "x\uDC00y", "att-\u007F"})
    void eventIdsWithControlCharactersOrBrokenUnicodeAreInvalid(String eventId) {
        List<FieldError> errors = AttendanceItemValidator.validate(
                new AttendanceItem(eventId, UUID.randomUUID(), TODAY, "attended"), 0, TODAY);

        assertThat(errors).extracting(FieldError::field).containsExactly("events[0].eventId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"att-000001", "att-\uD83D\uDE00", "\u202Eevil", "' OR '1'='1", "=cmd|' /C calc'!A0"})
    void ordinaryAndOddButStorableEventIdsPass(String eventId) {
        assertThat(AttendanceItemValidator.validate(new AttendanceItem(eventId, UUID.randomUUID(), TODAY, "attended"),
                0, TODAY)).isEmpty();
    }

    @Test
    void datesBeforeThePathwayAreRefusedEverywhere() {
        LocalDate early = LocalDate.of(-4714, 11, 23);

        assertThat(AttendanceItemValidator.validate(new AttendanceItem("a", UUID.randomUUID(), early, "missed"), 0,
                TODAY)).extracting(FieldError::field).containsExactly("events[0].sessionDate");
        assertThat(OutcomeRequestValidator.validate(new OutcomeRequest("ONS4", "baseline", early, List.of(1, 2, 3, 4)),
                TODAY)).extracting(FieldError::field).containsExactly("completedAt");
        assertThat(LinkWorkerSessionValidator.validate(new LinkWorkerSessionRequest(
                InputBounds.EARLIEST.minusDays(1), 30, "phone"), TODAY))
                .extracting(FieldError::field).containsExactly("date");
        assertThat(LinkWorkerSessionValidator.validate(new LinkWorkerSessionRequest(InputBounds.EARLIEST, 30, "phone"),
                TODAY)).isEmpty();
    }
}
