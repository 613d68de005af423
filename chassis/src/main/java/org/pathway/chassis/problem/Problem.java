package org.pathway.chassis.problem;

import java.util.List;

/**
 * A failure the client caused and can be told about; mapped to RFC 9457 problem+json.
 * The detail must never contain identifiable data.
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public Problem(int status, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not Found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail);
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad Request", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail);
    }

    /** 422 with one entry per invalid field. */
    public static Problem invalid(List<FieldError> errors) {
        return new Problem(422, "Unprocessable Content", "The request has invalid fields.", errors);
    }

    public static Problem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
