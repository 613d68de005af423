package org.pathway.matching.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaysTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            MO,        MONDAY
            tu,        TUESDAY
            TH,        THURSDAY
            Wed,       WEDNESDAY
            Thurs,     THURSDAY
            Saturday,  SATURDAY
            1,         MONDAY
            7,         SUNDAY
            """)
    void readsDayNamesCodesAndIsoNumbers(String token, DayOfWeek day) {
        assertThat(Days.parse(token)).contains(day);
    }

    @ParameterizedTest
    @CsvSource({"T", "0", "8", "Funday", "''"})
    void refusesAnythingElse(String token) {
        assertThat(Days.parse(token)).isEmpty();
    }
}
