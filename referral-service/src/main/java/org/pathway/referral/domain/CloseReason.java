package org.pathway.referral.domain;

/** Why a referral was closed (the close body's {@code reason}). */
public enum CloseReason {
    CAMHS_TREATMENT_STARTED("camhs-treatment-started"),
    COMPLETED("completed"),
    MOVED_AWAY("moved-away"),
    NO_LONGER_WANTS("no-longer-wants"),
    OTHER("other");

    private final String wire;

    CloseReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @throws org.pathway.chassis.problem.Problem 422 on field {@code reason} when unknown or missing */
    public static CloseReason fromWire(String value) {
        return WireValues.parse(CloseReason.class, CloseReason::wire, "reason", value);
    }
}
