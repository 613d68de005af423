package org.pathway.referral.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.pathway.chassis.problem.FieldError;
import org.pathway.referral.ReferralExample;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.api.dto.DeclineRequest;
import org.pathway.referral.api.dto.ReferralRequest;

/**
 * The field errors the service answers for a body, without the service: its constraints as the resource checks
 * them ({@code @Valid}, sorted by field as the chassis' problem mapper sorts them), then, once they hold, the
 * request validator's rules. "Today" is {@link ReferralExample#TODAY} in London.
 */
final class RequestValidation {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .clockProvider(() -> Clock.fixed(ReferralExample.TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON))
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private RequestValidation() {
    }

    static List<FieldError> errors(ReferralRequest body) {
        return errors(body, () -> ReferralRequestValidator.validate(body));
    }

    static List<FieldError> errors(ContactRequest body, Instant now) {
        return errors(body, () -> ContactRequestValidator.validate(body, now));
    }

    static List<FieldError> errors(DeclineRequest body) {
        return errors(body, List::of);
    }

    private static List<FieldError> errors(Object body, Supplier<List<FieldError>> rules) {
        List<FieldError> constraints = body == null ? List.of() : VALIDATOR.validate(body).stream()
                .map(RequestValidation::fieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return constraints.isEmpty() ? rules.get() : constraints;
    }

    private static FieldError fieldError(ConstraintViolation<?> violation) {
        return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
