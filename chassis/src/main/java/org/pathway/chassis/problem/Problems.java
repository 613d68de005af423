package org.pathway.chassis.problem;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status)
                .type(ProblemBody.MEDIA_TYPE)
                .entity(ProblemBody.of(status, title, detail, errors))
                .build();
    }

    public static Response response(Problem problem) {
        return response(problem.status(), problem.title(), problem.detail(), problem.errors());
    }
}
