package org.pathway.chassis.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An enum whose constants travel in JSON as their lower-case names ({@code ALL} as {@code "all"}). */
public interface WireValue {

    String name();

    default String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant with exactly this wire value; anything else (including null and other cases) is empty. */
    static <E extends Enum<E> & WireValue> Optional<E> fromWire(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(value)).findFirst();
    }
}
