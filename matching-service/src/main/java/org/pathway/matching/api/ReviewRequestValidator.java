package org.pathway.matching.api;

import java.util.ArrayList;
import java.util.List;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.api.dto.ReviewRequest;
import org.pathway.matching.domain.ActivityReview;
import org.pathway.matching.domain.Categories;

/**
 * Checks a review body and turns it into an {@link ActivityReview}: {@code approved} always; ages
 * within 0..{@value ActivityRequest#MAX_AGE}, the minimum not above the maximum, and a known
 * category when approving. Every problem is reported at once, one per field.
 */
public final class ReviewRequestValidator {

    private ReviewRequestValidator() {
    }

    public static ActivityReview toReview(ReviewRequest r) {
        List<FieldError> errors = check(r);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return r.approved() ? new ActivityReview(true, r.minAge(), r.maxAge(), r.category())
                : new ActivityReview(false, null, null, null);
    }

    static List<FieldError> check(ReviewRequest r) {
        if (r == null) {
            return List.of(new FieldError("", "body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        boolean approving = Boolean.TRUE.equals(r.approved());
        age("minAge", r.minAge(), approving, errors);
        age("maxAge", r.maxAge(), approving, errors);
        if (errors.isEmpty() && r.minAge() != null && r.maxAge() != null && r.minAge() > r.maxAge()) {
            errors.add(new FieldError("maxAge", "must not be below minAge"));
        }
        if (approving && r.category() == null) {
            errors.add(new FieldError("category", "is required when approving"));
        } else if (r.category() != null && !Categories.ALL.contains(r.category())) {
            errors.add(new FieldError("category", "must be one of " + String.join(", ", Categories.ALL)));
        }
        if (r.approved() == null) {
            errors.add(new FieldError("approved", "is required"));
        }
        return List.copyOf(errors);
    }

    private static void age(String field, Integer value, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required when approving"));
            }
        } else if (value < 0 || value > ActivityRequest.MAX_AGE) {
            errors.add(new FieldError(field, "must be between 0 and " + ActivityRequest.MAX_AGE));
        }
    }
}
