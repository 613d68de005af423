package org.pathway.engagement.api.dto;

import java.util.List;
import java.util.function.Supplier;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;

/** What every JSON request body of this service must satisfy before its fields are read. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** @throws Problem 400 when there is no body; 422 with every field error the check finds */
    static void requireValid(Object body, Supplier<List<FieldError>> check) {
        if (body == null) {
            throw Problem.badRequest("A JSON body is required.");
        }
        List<FieldError> errors = check.get();
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
