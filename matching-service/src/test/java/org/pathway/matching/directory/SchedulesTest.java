package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.matching.domain.ScheduleEntry;

class SchedulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String render(List<ScheduleEntry> entries) {
        return String.join(" ", entries.stream().map(e -> e.day() + "@" + e.start() + "-" + e.end()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            weekly byday list     | {'schedules': [{'freq': 'WEEKLY', 'byday': 'MO,WE', 'opens_at': '10:00:00', 'closes_at': '11:00:00'}]} | MONDAY@10:00-11:00 WEDNESDAY@10:00-11:00 | ''
            no freq means weekly  | {'schedules': [{'byday': 'FR', 'opens_at': '9:30', 'closes_at': '10:15'}]}                                | FRIDAY@09:30-10:15 | ''
            rrule in byday        | {'schedules': [{'byday': 'FREQ=WEEKLY;BYDAY=TU', 'opens_at': '18:00Z', 'closes_at': '19:00+01:00'}]}   | TUESDAY@18:00-19:00 | ''
            rrule in freq         | {'schedules': [{'freq': 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SU', 'opens_at': '14:00', 'closes_at': '16:00'}]} | SUNDAY@14:00-16:00 | ''
            rrule field           | {'schedules': [{'rrule': 'FREQ=WEEKLY;BYDAY=SA,SU', 'opens_at': '14:00', 'closes_at': '16:00'}]}       | SATURDAY@14:00-16:00 SUNDAY@14:00-16:00 | ''
            daily                 | {'schedules': [{'freq': 'DAILY', 'opens_at': '08:00', 'closes_at': '09:00'}]}                          | MONDAY@08:00-09:00 TUESDAY@08:00-09:00 WEDNESDAY@08:00-09:00 THURSDAY@08:00-09:00 FRIDAY@08:00-09:00 SATURDAY@08:00-09:00 SUNDAY@08:00-09:00 | ''
            day from dtstart      | {'schedules': [{'freq': 'WEEKLY', 'dtstart': '2026-11-21', 'opens_at': '10:00', 'closes_at': '12:00'}]} | SATURDAY@10:00-12:00 | ''
            v1 weekday names      | {'regular_schedules': [{'weekday': 'Tues', 'opens_at': '10:00', 'closes_at': '12:00'}, {'weekday': 'thursday', 'opens_at': '10:00', 'closes_at': '12:00'}]} | TUESDAY@10:00-12:00 THURSDAY@10:00-12:00 | ''
            v1 weekday numbers    | {'regular_schedules': [{'weekday': 7, 'opens_at': '10:00', 'closes_at': '12:00'}]}                     | SUNDAY@10:00-12:00 | ''
            duplicates collapse   | {'schedules': [{'byday': 'MO', 'opens_at': '10:00', 'closes_at': '11:00'}], 'regular_schedules': [{'weekday': 'Monday', 'opens_at': '10:00:00', 'closes_at': '11:00:00'}]} | MONDAY@10:00-11:00 | ''
            monthly               | {'schedules': [{'freq': 'MONTHLY', 'byday': '1FR', 'opens_at': '18:00', 'closes_at': '20:00'}]}        | '' | schedules[0]: monthly schedule not imported
            ordinal day as weekly | {'schedules': [{'freq': 'WEEKLY', 'byday': '-1FR', 'opens_at': '18:00', 'closes_at': '20:00'}]}        | '' | schedules[0]: monthly day pattern not imported
            fortnightly           | {'schedules': [{'freq': 'WEEKLY', 'interval': 2, 'byday': 'MO', 'opens_at': '18:00', 'closes_at': '20:00'}]} | '' | schedules[0]: schedule repeating every 2 weeks not imported
            interval one point oh | {'schedules': [{'freq': 'WEEKLY', 'interval': 1.0, 'byday': 'MO', 'opens_at': '18:00', 'closes_at': '20:00'}]} | MONDAY@18:00-20:00 | ''
            unknown day           | {'schedules': [{'byday': 'XX', 'opens_at': '18:00', 'closes_at': '20:00'}]}                           | '' | schedules[0]: day not recognised, schedule not imported
            no day                | {'schedules': [{'freq': 'WEEKLY', 'opens_at': '18:00', 'closes_at': '20:00'}]}                         | '' | schedules[0]: schedule without a day not imported
            no times              | {'schedules': [{'byday': 'MO'}]}                                                                      | '' | schedules[0]: schedule without valid opening and closing times not imported
            closes before opening | {'regular_schedules': [{'weekday': 'Monday', 'opens_at': '20:00', 'closes_at': '18:00'}]}               | '' | regular_schedules[0]: schedule closing before it opens not imported
            """)
    void keepsOnlyWeeklySessionsWithDaysAndTimes(String why, String json, String expected, String note)
            throws Exception {
        List<String> notes = new ArrayList<>();

        List<ScheduleEntry> entries = Schedules.map(JSON.readTree(json.replace('\'', '"')), notes);

        assertThat(render(entries)).isEqualTo(expected);
        assertThat(notes).isEqualTo(note.isEmpty() ? List.of() : List.of(note));
    }
}
