package org.pathway.referral.domain;

/** Why a referral was closed (the close body's {@code reason}). */
public enum CloseReason implements HyphenatedWireValue {
    CAMHS_TREATMENT_STARTED,
    COMPLETED,
    MOVED_AWAY,
    NO_LONGER_WANTS,
    OTHER
}
