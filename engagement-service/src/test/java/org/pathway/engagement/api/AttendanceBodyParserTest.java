package org.pathway.engagement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.domain.AttendanceIntake.Entry;
import org.pathway.engagement.domain.ReportedAttendance;

class AttendanceBodyParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "\"events\"", "{\"events\": {}}", "{\"other\": []}", "null"})
    void aBodyWithoutAnEventsArrayIsABadRequest(String body) {
        assertThatThrownBy(() -> parse(body))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(400));
    }

    @Test
    void moreThan500EventsIsTooLarge() {
        String item = "{\"eventId\":\"e\"}";
        assertThat(parse("{\"events\":[" + String.join(",", Collections.nCopies(500, item)) + "]}")).hasSize(500);
        assertThatThrownBy(() -> parse("{\"events\":[" + String.join(",", Collections.nCopies(501, item)) + "]}"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(413));
    }

    @Test
    void anElementOfTheWrongShapeRejectsOnlyThatElement() {
        UUID placement = UUID.randomUUID();
        List<Entry> entries = parse("""
                {"events": [
                  {"eventId": "a", "placementId": "%s", "sessionDate": "2026-11-21", "status": "attended"},
                  {"eventId": "b", "placementId": "not-a-uuid", "sessionDate": "2026-11-21", "status": "attended"},
                  {"eventId": 7, "placementId": "%s", "sessionDate": "21/11/2026", "status": "attended"},
                  null,
                  "text"
                ]}""".formatted(placement, placement));

        assertThat(entries).extracting(Entry::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(entries.get(0).reported()).isEqualTo(new ReportedAttendance("a", placement,
                LocalDate.of(2026, 11, 21), AttendanceStatus.ATTENDED));
        assertThat(entries.get(1).eventId()).isEqualTo("b");
        assertThat(entries.get(1).reported()).isNull();
        assertThat(entries.get(2).eventId()).isNull();
        assertThat(entries.get(2).reported()).isNull();
        assertThat(entries.get(3).reported()).isNull();
        assertThat(entries.get(4).reported()).isNull();
    }

    @Test
    void anElementThatFailsItsChecksRejectsOnlyThatElementAndKeepsItsEventId() {
        List<Entry> entries = parse("""
                {"events": [
                  {"eventId": "late", "placementId": "%s", "sessionDate": "2026-11-23", "status": "attended"},
                  {"eventId": "odd", "placementId": "%s", "sessionDate": "2026-11-21", "status": "sort-of"}
                ]}""".formatted(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(entries).extracting(Entry::eventId).containsExactly("late", "odd");
        assertThat(entries).extracting(Entry::reported).containsOnlyNulls();
    }

    private static List<Entry> parse(String body) {
        return AttendanceBodyParser.parse(MAPPER, body.getBytes(StandardCharsets.UTF_8), TODAY);
    }
}
