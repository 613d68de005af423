package org.pathway.chassis.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PagingTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 20));
        assertThat(Paging.of(3, 50).offset()).isEqualTo(150);
    }

    @ParameterizedTest
    @CsvSource({"-1, 20, page", "0, 0, size", "0, 201, size"})
    void refusesOutOfRangeParametersNamingThem(int page, int size, String field) {
        Problem problem = catchThrowableOfType(Problem.class, () -> Paging.of(page, size));
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void acceptsTheLargestPage() {
        assertThat(Paging.of(0, 200).size()).isEqualTo(200);
    }
}
