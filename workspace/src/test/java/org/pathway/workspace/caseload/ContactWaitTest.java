package org.pathway.workspace.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactWaitTest {

    @ParameterizedTest(name = "referred {0}, today {1}, target {2} days: waited {3}, overdue {4}")
    @CsvSource({
            "2026-12-07, 2026-12-07, 10, 0, false",
            "2026-11-27, 2026-12-07, 10, 10, false",
            "2026-11-26, 2026-12-07, 10, 11, true",
            "2026-12-08, 2026-12-07, 10, 0, false",
            "2026-10-01, 2026-12-07, 60, 67, true",
    })
    void countsWholeDaysFromTheReferralAndMarksThosePastTheTarget(LocalDate referred, LocalDate today, int target,
                                                                  long days, boolean overdue) {
        assertThat(ContactWait.of(referred, today, target)).isEqualTo(new ContactWait(days, overdue));
    }
}
