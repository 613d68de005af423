package org.pathway.referral.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.domain.Text;

/**
 * Collects field errors for one request. Each check reports at most one error for its field and
 * returns whether the field passed, so callers can skip checks that depend on it.
 * Messages describe the rule, never the submitted value.
 */
final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL_LENGTH = 254;

    private final List<FieldError> errors = new ArrayList<>();

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean present(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            fail(field, "is required");
            return false;
        }
        return true;
    }

    /** Optional text: absent passes, present must fit and be storable text. */
    boolean maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            fail(field, "must be at most " + max + " characters");
            return false;
        }
        return plainText(field, value);
    }

    /**
     * No NUL or other control character (tab and line breaks aside) and no unpaired surrogate:
     * PostgreSQL cannot store NUL (the insert failed with a 500) and an unpaired surrogate is not
     * text at all; control characters have no place in a referral and break exports.
     */
    boolean plainText(String field, String value) {
        if (value != null && !Text.isPlain(value)) {
            fail(field, "must not contain control characters or invalid Unicode");
            return false;
        }
        return true;
    }

    boolean requiredText(String field, String value, int max) {
        return present(field, value) && maxLength(field, value, max);
    }

    boolean requiredOneOf(String field, String value, List<String> allowed) {
        return present(field, value) && oneOf(field, value, allowed);
    }

    boolean oneOf(String field, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            fail(field, "must be one of: " + String.join(", ", allowed));
            return false;
        }
        return true;
    }

    /** Optional email: absent passes, present must look like an address. */
    boolean email(String field, String value) {
        if (value != null && (value.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(value).matches()
                || !Text.isPlain(value))) {
            fail(field, "must be an email address");
            return false;
        }
        return true;
    }

    boolean maxItems(String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            fail(field, "must have at most " + max + " items");
            return false;
        }
        return true;
    }

    /** Optional list of free-text items, each non-blank and within {@code maxItemLength}. */
    void textItems(String field, List<String> values, int maxItems, int maxItemLength) {
        if (values == null || !maxItems(field, values, maxItems)) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            requiredText(field + "[" + i + "]", values.get(i), maxItemLength);
        }
    }

    /**
     * The enum constant {@code value} spells, or a 422 on {@code field} when it is missing or not one of
     * {@code allowed} (as a body with one wire value, such as withdraw's {@code scope}, is checked).
     */
    static <E> E requiredWireValue(String field, String value, Function<String, Optional<E>> parse,
                                   List<String> allowed) {
        FieldChecks checks = new FieldChecks();
        if (!checks.requiredOneOf(field, value, allowed)) {
            throw Problem.invalid(checks.errors());
        }
        return parse.apply(value).orElseThrow();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
