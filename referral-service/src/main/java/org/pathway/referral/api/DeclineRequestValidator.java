package org.pathway.referral.api;

import java.util.List;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.api.dto.DeclineRequest;

/** The decline action's reason: optional free text (the young person owes no explanation), kept at the site. */
public final class DeclineRequestValidator {

    public static final int MAX_REASON = 500;

    private DeclineRequestValidator() {
    }

    /** The reason, or null when none was given; a 422 when it is too long or not plain text. */
    public static String toNote(DeclineRequest body) {
        List<FieldError> errors = validate(body);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return body == null ? null : body.reason();
    }

    public static List<FieldError> validate(DeclineRequest body) {
        FieldChecks checks = new FieldChecks();
        if (body != null) {
            checks.maxLength("reason", body.reason(), MAX_REASON);
        }
        return checks.errors();
    }
}
