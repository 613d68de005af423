package org.pathway.chassis.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** RFC 9457 problem details as serialised to clients. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemBody of(int status, String title, String detail, List<FieldError> errors) {
        return new ProblemBody("https://pathway.example/problems/" + slug(status), title, status, detail, errors);
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "invalid-fields";
            case 500 -> "internal-error";
            default -> "http-" + status;
        };
    }
}
