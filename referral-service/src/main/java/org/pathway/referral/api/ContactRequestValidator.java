package org.pathway.referral.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.pathway.chassis.events.WireValue;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.domain.ContactMethod;
import org.pathway.referral.domain.FirstContact;

/**
 * The rules of the contact action's body beyond its fields' constraints, and the checked body as the lifecycle's
 * {@link FirstContact}.
 */
public final class ContactRequestValidator {

    /** Link workers record contact from their own devices; tolerate their clocks running a little fast. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ContactRequestValidator() {
    }

    /** The contact, its time truncated to what PostgreSQL stores, or a 422 naming every field that breaks a rule. */
    public static FirstContact toFirstContact(ContactRequest body, Instant now) {
        List<FieldError> errors = validate(body, now);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new FirstContact(body.contactedAt().toInstant().truncatedTo(ChronoUnit.MICROS),
                WireValue.fromWire(ContactMethod.class, body.method()).orElseThrow());
    }

    /** Every field that breaks a rule, or an empty list, for a body whose constraints hold. */
    public static List<FieldError> validate(ContactRequest body, Instant now) {
        FieldChecks checks = new FieldChecks();
        if (body == null) {
            checks.fail("", "a body is required");
            return checks.errors();
        }
        if (body.contactedAt().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            checks.fail("contactedAt", "must not be in the future");
        }
        checks.oneOf("method", body.method(), FieldChecks.wireValues(ContactMethod.class));
        return checks.errors();
    }
}
