package org.pathway.chassis.api;

import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** {@code ?page=&size=} as every Pathway list takes it (API.md); out of range is a 422 naming the parameter. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static Paging of(Integer page, Integer size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    /** As {@link #of(Integer, Integer)}, with a service's own configured default and largest page size. */
    public static Paging of(Integer page, Integer size, int defaultSize, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > maxSize) {
            errors.add(new FieldError("size", "must be between 1 and " + maxSize));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new Paging(p, s);
    }

    /** Index of the first item of this page. */
    public int offset() {
        return page * size;
    }
}
