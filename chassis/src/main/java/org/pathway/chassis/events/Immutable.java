package org.pathway.chassis.events;

import java.util.List;
import java.util.Map;

/** Defensive copies for event records, so an event cannot change after it is built. */
final class Immutable {

    private Immutable() {
    }

    /** A missing list reads as empty: an absent optional list and an empty one mean the same. */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : Map.copyOf(values);
    }
}
