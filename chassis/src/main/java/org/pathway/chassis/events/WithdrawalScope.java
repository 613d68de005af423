package org.pathway.chassis.events;

import java.util.Optional;

/**
 * What a withdrawal of consent covers: {@code all} erases identifiable data at the site and asks every
 * service and the research store to drop the participant; {@code future} only stops new collection.
 */
public enum WithdrawalScope implements WireValue {
    ALL,
    FUTURE;

    public static Optional<WithdrawalScope> fromWire(String value) {
        return WireValue.fromWire(WithdrawalScope.class, value);
    }
}
