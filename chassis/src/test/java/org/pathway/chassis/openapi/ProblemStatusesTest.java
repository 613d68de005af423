package org.pathway.chassis.openapi;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemStatusesTest {

    /**
     * One row per shape of operation: secured, signed, body, any body type, validated body, typed parameters,
     * UUID in the path, Idempotency-Key, declared statuses; the statuses the document must list (503 with every one).
     */
    @ParameterizedTest(name = "{9}: {10}")
    @CsvSource(delimiter = '|', value = {
            "true  | false | false | false | false | false | false | false | -       | list of a site's records                      | 401 403 503",
            "true  | false | false | false | false | true  | false | false | -       | paged list (page, size are numbers)           | 400 401 403 503",
            "true  | false | false | false | false | true  | true  | false | -       | read by UUID                                  | 400 401 403 404 503",
            "true  | false | true  | false | true  | false | false | true  | -       | JSON create with Idempotency-Key              | 400 401 403 409 413 415 422 503",
            "true  | false | true  | false | true  | true  | true  | false | 409     | JSON move on a record by UUID, illegal move   | 400 401 403 404 409 413 415 422 503",
            "true  | false | false | false | false | false | false | false | 404 422 | bodyless POST naming a pseudonym              | 401 403 404 422 503",
            "false | true  | true  | true  | false | false | false | false | -       | signed webhook reading raw bytes              | 400 401 413 503",
            "false | true  | true  | true  | false | false | false | false | 413 200 | webhook declaring too many events and its 200 | 400 401 413 503",
            "true  | false | true  | false | true  | false | false | false | -       | FHIR message in                               | 400 401 403 413 415 422 503",
    })
    void listsWhatTheShapeCanGive(boolean secured, boolean signed, boolean body, boolean anyBodyType,
                                  boolean validatedBody, boolean typedParameters, boolean uuidInPath,
                                  boolean idempotencyKey, String declared, String operation, String expected) {
        ProblemStatuses.Shape shape = new ProblemStatuses.Shape(secured, signed, body, anyBodyType, validatedBody,
                typedParameters, uuidInPath, idempotencyKey, statuses(declared));
        assertThat(ProblemStatuses.of(shape)).containsExactlyElementsOf(statuses(expected).stream().sorted().toList());
    }

    private static Set<Integer> statuses(String text) {
        return text.equals("-") ? Set.of() : Arrays.stream(text.split(" ")).map(Integer::valueOf)
                .collect(Collectors.toSet());
    }
}
