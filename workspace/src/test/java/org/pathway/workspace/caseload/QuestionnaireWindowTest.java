package org.pathway.workspace.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireWindowTest {

    private static final LocalDate CONTACTED = LocalDate.parse("2026-01-05");

    @Test
    void baselineThreeAndSixMonthWindowsFollowTheFirstContact() {
        assertThat(QuestionnaireWindow.after(CONTACTED)).containsExactly(
                new QuestionnaireWindow("baseline", "Baseline", CONTACTED, CONTACTED.plusWeeks(4)),
                new QuestionnaireWindow("3m", "3 months", CONTACTED.plusWeeks(11), CONTACTED.plusWeeks(15)),
                new QuestionnaireWindow("6m", "6 months", CONTACTED.plusWeeks(24), CONTACTED.plusWeeks(28)));
    }

    @ParameterizedTest(name = "{0} days after contact: {1}")
    @CsvSource({
            "0, baseline", "28, baseline", "29, none", "76, none", "77, 3m", "105, 3m", "106, none",
            "168, 6m", "196, 6m", "197, none",
    })
    void isOpenOnlyInsideAWindow(int daysAfter, String timepoint) {
        String open = QuestionnaireWindow.openOn(CONTACTED, CONTACTED.plusDays(daysAfter))
                .map(QuestionnaireWindow::timepoint).orElse("none");
        assertThat(open).isEqualTo(timepoint);
    }
}
