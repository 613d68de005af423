package org.pathway.engagement.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;

class LinkWorkerSessionValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                | dateOffset | minutes | mode      | field   | message
        missing date          |            | 45      | phone     | date    | is required
        tomorrow              | 1          | 45      | phone     | date    | must not be in the future
        missing minutes       | 0          |         | phone     | minutes | is required
        zero minutes          | 0          | 0       | phone     | minutes | must be between 1 and 480
        over a working day    | 0          | 481     | video     | minutes | must be between 1 and 480
        negative minutes      | 0          | -5      | video     | minutes | must be between 1 and 480
        missing mode          | 0          | 45      |           | mode    | is required
        unknown mode          | 0          | 45      | email     | mode    | must be one of phone, video, in-person, text
        mode with underscore  | 0          | 45      | in_person | mode    | must be one of phone, video, in-person, text
        """)
    void reportsTheOffendingField(String name, Integer dateOffset, Integer minutes, String mode, String field,
                                  String message) {
        LinkWorkerSessionRequest request = new LinkWorkerSessionRequest(
                dateOffset == null ? null : TODAY.plusDays(dateOffset), minutes, mode);
        assertThat(LinkWorkerSessionValidator.validate(request, TODAY)).containsExactly(new FieldError(field, message));
    }

    @ParameterizedTest
    @CsvSource({"0, 1, phone", "-1, 480, video", "-90, 60, in-person", "0, 15, text"})
    void acceptsValidSessions(int dateOffset, int minutes, String mode) {
        LinkWorkerSessionRequest request = new LinkWorkerSessionRequest(TODAY.plusDays(dateOffset), minutes, mode);
        assertThat(LinkWorkerSessionValidator.validate(request, TODAY)).isEmpty();
    }

    @Test
    void reportsEveryMissingField() {
        assertThat(LinkWorkerSessionValidator.validate(new LinkWorkerSessionRequest(null, null, null), TODAY))
                .extracting(FieldError::field).containsExactly("date", "minutes", "mode");
    }
}
