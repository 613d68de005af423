package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.Optional;
import org.pathway.chassis.problem.FieldError;

/** Bounds on what clients send: dates the pathway can have seen, text the store can hold. */
public final class InputBounds {

    /**
     * Nothing recorded here happened before the pathway existed; the floor also keeps out dates
     * PostgreSQL cannot store (year -999999999), which would otherwise fail as a server error.
     */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public static final String TOO_EARLY = "must not be before " + EARLIEST;

    private InputBounds() {
    }

    public static boolean tooEarly(LocalDate date) {
        return date.isBefore(EARLIEST);
    }

    /** The error for a required date of something already done: missing, in the future, or before {@link #EARLIEST}. */
    public static Optional<FieldError> pastDateError(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            return Optional.of(new FieldError(field, "is required"));
        } else if (date.isAfter(today)) {
            return Optional.of(new FieldError(field, "must not be in the future"));
        } else if (tooEarly(date)) {
            return Optional.of(new FieldError(field, TOO_EARLY));
        }
        return Optional.empty();
    }

    /** True unless {@code value} holds a control character or an unpaired surrogate (PostgreSQL cannot store NUL). */
    public static boolean isPlainText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
