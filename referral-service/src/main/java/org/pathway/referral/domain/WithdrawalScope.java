package org.pathway.referral.domain;

/**
 * What a withdrawal of consent covers: ALL erases identifiable data at the site and asks every
 * service and the research store to drop the participant; FUTURE only stops new collection.
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

    /** @throws org.pathway.chassis.problem.Problem 422 on field {@code scope} when unknown or missing */
    public static WithdrawalScope fromWire(String value) {
        return WireValues.parse(WithdrawalScope.class, WithdrawalScope::wire, "scope", value);
    }
}
