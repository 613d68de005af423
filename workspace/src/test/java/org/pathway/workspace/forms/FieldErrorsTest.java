package org.pathway.workspace.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.workspace.services.ServiceProblem;
import org.pathway.workspace.services.ServiceProblem.FieldError;

class FieldErrorsTest {

    @ParameterizedTest(name = "{0} is the form field {1}")
    @CsvSource({"minutes, minutes", "items[3], item3", "$.timepoint, timepoint", "items[0], item0"})
    void mapsProblemPathsToFormFields(String path, String field) {
        assertThat(FieldErrors.formField(path)).isEqualTo(field);
    }

    @Test
    void putsEachErrorNextToItsFieldWithTheFieldsLabel() {
        ServiceProblem problem = new ServiceProblem(422, "Invalid", List.of(new FieldError("minutes", "must be between 1 and 600"),
                new FieldError("items[2]", "must be between 1 and 5")));

        FieldErrors errors = FieldErrors.of(problem, Map.of("minutes", "Minutes", "item2", "Statement 3"));

        assertThat(errors.has("minutes")).isTrue();
        assertThat(errors.get("minutes")).isEqualTo("Minutes must be between 1 and 600");
        assertThat(errors.get("item2")).isEqualTo("Statement 3 must be between 1 and 5");
        assertThat(errors.getSummary()).extracting(FieldErrors.Summary::field).containsExactly("minutes", "item2");
    }

    @Test
    void listsErrorsOfFieldsTheFormDoesNotHaveAtTheTop() {
        ServiceProblem problem = new ServiceProblem(422, "Invalid", List.of(new FieldError("participantId", "is unknown")));

        FieldErrors errors = FieldErrors.of(problem, Map.of("minutes", "Minutes"));

        assertThat(errors.has("participantId")).isFalse();
        assertThat(errors.getSummary()).containsExactly(new FieldErrors.Summary(null, "is unknown"));
    }

    @Test
    void saysSomethingWhenTheServiceNamedNoField() {
        FieldErrors errors = FieldErrors.of(new ServiceProblem(422, "Invalid", List.of()), Map.of());

        assertThat(errors.isEmpty()).isFalse();
        assertThat(errors.getSummary()).extracting(FieldErrors.Summary::message).containsExactly("Check the details and try again.");
    }
}
