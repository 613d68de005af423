package org.pathway.referral.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.pathway.chassis.events.WireValue;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.domain.Text;

/**
 * Collects the field errors of a request validator's rules. Each check reports at most one error for its field
 * and returns whether the field passed. Messages describe the rule, never the submitted value.
 */
final class FieldChecks {

    /** Deliberately stricter than Bean Validation's {@code @Email}, which takes {@code a@b}. */
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

    /** Optional email: absent passes; present, one {@code @} and a dotted domain, plain text, at most 254 characters. */
    void email(String field, String value) {
        if (value != null && (value.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(value).matches()
                || !Text.isPlain(value))) {
            fail(field, "must be an email address");
        }
    }

    /**
     * Each item of an optional list of free text non-blank, within {@code maxItemLength} and storable text (see
     * {@code PlainText}); the list's own size is a constraint of the request.
     */
    void textItems(String field, List<String> values, int maxItemLength) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String item = field + "[" + i + "]";
            String value = values.get(i);
            if (!present(item, value)) {
                continue;
            }
            if (value.length() > maxItemLength) {
                fail(item, "must be at most " + maxItemLength + " characters");
            } else if (!Text.isPlain(value)) {
                fail(item, Text.NOT_PLAIN);
            }
        }
    }

    /**
     * The constant of {@code type} that {@code value} spells, or a 422 on {@code field} when it is missing or
     * spells none (as a body with one wire value, such as withdraw's {@code scope}, is checked).
     */
    static <E extends Enum<E> & WireValue> E requiredWireValue(String field, String value, Class<E> type) {
        FieldChecks checks = new FieldChecks();
        if (!checks.requiredOneOf(field, value, wireValues(type))) {
            throw Problem.invalid(checks.errors());
        }
        return WireValue.fromWire(type, value).orElseThrow();
    }

    /** Every wire value of {@code type}, in declaration order, as error messages list them. */
    static <E extends Enum<E> & WireValue> List<String> wireValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
