package org.pathway.workspace.services;

import java.util.List;

/**
 * A service answered with an error (its problem+json): the status, and the field errors of a {@code 422} (or a
 * {@code 400} naming a field). Carries no stack trace: it is an answer, not a fault of the workspace.
 */
public final class ServiceProblem extends RuntimeException {

    private final int status;
    private final List<FieldError> errors;

    public ServiceProblem(int status, String title, List<FieldError> errors) {
        super(title, null, false, false);
        this.status = status;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One entry of problem+json's {@code errors}. */
    public record FieldError(String field, String message) {
    }
}
