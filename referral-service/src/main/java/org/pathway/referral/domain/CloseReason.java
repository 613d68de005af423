package org.pathway.referral.domain;

/** Why a referral was closed (the close body's {@code reason}); spelled on the wire by {@link WireValues}. */
public enum CloseReason {
    CAMHS_TREATMENT_STARTED,
    COMPLETED,
    MOVED_AWAY,
    NO_LONGER_WANTS,
    OTHER
}
