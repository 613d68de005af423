package org.pathway.chassis.events;

import java.util.Optional;

/**
 * What a withdrawal of consent covers: {@code all} erases identifiable data at the site and asks every
 * service and the research store to drop the participant; {@code future} only stops new collection.
 */
public enum WithdrawalScope {
    ALL("all"),
    FUTURE("future");

    private final String wire;

    WithdrawalScope(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The exact, lower-case wire value; anything else (including null) is empty. */
    public static Optional<WithdrawalScope> fromWire(String value) {
        return WireValues.find(WithdrawalScope.class, WithdrawalScope::wire, value);
    }
}
