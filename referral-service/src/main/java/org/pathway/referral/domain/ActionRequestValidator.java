package org.pathway.referral.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.pathway.chassis.problem.FieldError;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.api.dto.DeclineRequest;

/**
 * Field rules for the bodies of the contact and decline actions. Withdraw and close carry a single
 * enum value: {@link WithdrawalScope#fromWire} and {@link CloseReason#fromWire} are their validation.
 */
public final class ActionRequestValidator {

    /** Link workers record contact from their own devices; tolerate their clocks running a little fast. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    public static final int MAX_DECLINE_REASON = 500;

    private static final List<String> CONTACT_METHODS =
            Arrays.stream(ContactMethod.values()).map(ContactMethod::wire).toList();

    private ActionRequestValidator() {
    }

    public static List<FieldError> validate(ContactRequest body, Instant now) {
        FieldChecks checks = new FieldChecks();
        if (body == null) {
            checks.fail("", "a body is required");
            return checks.errors();
        }
        if (checks.present("contactedAt", body.contactedAt())
                && body.contactedAt().toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            checks.fail("contactedAt", "must not be in the future");
        }
        checks.requiredOneOf("method", body.method(), CONTACT_METHODS);
        return checks.errors();
    }

    /** The reason is optional free text; the young person owes no explanation. */
    public static List<FieldError> validate(DeclineRequest body) {
        FieldChecks checks = new FieldChecks();
        if (body != null) {
            checks.maxLength("reason", body.reason(), MAX_DECLINE_REASON);
        }
        return checks.errors();
    }
}
