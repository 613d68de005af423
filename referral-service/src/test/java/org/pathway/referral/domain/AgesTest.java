package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgesTest {

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
            "2011-04-02, 2026-04-01, 14",
            "2011-04-02, 2026-04-02, 15",
            "2011-04-02, 2026-04-03, 15",
            "2011-04-02, 2011-04-02, 0",
            "2010-12-31, 2026-12-30, 15",
            "2010-12-31, 2026-12-31, 16",
            "2012-02-29, 2027-02-28, 14",
            "2012-02-29, 2027-03-01, 15",
            "2012-02-29, 2028-02-28, 15",
            "2012-02-29, 2028-02-29, 16",
    })
    void countsCompletedYears(LocalDate dateOfBirth, LocalDate on, int expected) {
        assertThat(Ages.onDate(dateOfBirth, on)).isEqualTo(expected);
    }

    @Test
    void refusesADateBeforeBirth() {
        assertThatThrownBy(() -> Ages.onDate(LocalDate.of(2011, 4, 2), LocalDate.of(2011, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
