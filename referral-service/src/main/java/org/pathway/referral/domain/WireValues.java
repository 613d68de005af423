package org.pathway.referral.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one spelling of an enum constant on the wire: lower case, words joined by hyphens
 * ({@code IN_PERSON} is {@code in-person}), as API.md and the event contracts write them.
 */
public final class WireValues {

    private WireValues() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelled {@code wire}, or empty for anything else (null, other case, unknown). */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> of(constant).equals(wire)).findFirst();
    }

    /** Every wire value of {@code type}, in declaration order, as error messages list them. */
    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValues::of).toList();
    }
}
