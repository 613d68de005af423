package org.pathway.chassis.events;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Looks an enum constant up by its exact wire value. */
final class WireValues {

    private WireValues() {
    }

    static <E extends Enum<E>> Optional<E> find(Class<E> type, Function<E, String> wire, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> wire.apply(e).equals(value)).findFirst();
    }
}
