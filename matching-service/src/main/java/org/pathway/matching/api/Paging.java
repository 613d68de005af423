package org.pathway.matching.api;

import java.util.ArrayList;
import java.util.List;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.config.MatchingConfig;

/** {@code ?page=&size=} checked against the configured bounds; out of range is a 422 on the parameter. */
record Paging(int page, int size) {

    static Paging of(Integer page, Integer size, MatchingConfig.Paging limits) {
        int p = page == null ? 0 : page;
        int s = size == null ? limits.defaultSize() : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > limits.maxSize()) {
            errors.add(new FieldError("size", "must be between 1 and " + limits.maxSize()));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new Paging(p, s);
    }
}
