package org.pathway.referral.domain;

import java.util.Optional;

/** Why a referral was closed (the close body's {@code reason}); spelled on the wire by {@link WireValues}. */
public enum CloseReason {
    CAMHS_TREATMENT_STARTED,
    COMPLETED,
    MOVED_AWAY,
    NO_LONGER_WANTS,
    OTHER;

    public String wire() {
        return WireValues.of(this);
    }

    public static Optional<CloseReason> fromWire(String value) {
        return WireValues.parse(CloseReason.class, value);
    }
}
