package org.pathway.referral.domain;

import java.util.Optional;

/**
 * What a withdrawal of consent covers: ALL erases identifiable data at the site and asks every
 * service and the research store to drop the participant; FUTURE only stops new collection.
 */
public enum WithdrawalScope {
    ALL,
    FUTURE;

    public String wire() {
        return WireValues.of(this);
    }

    public static Optional<WithdrawalScope> fromWire(String value) {
        return WireValues.parse(WithdrawalScope.class, value);
    }
}
