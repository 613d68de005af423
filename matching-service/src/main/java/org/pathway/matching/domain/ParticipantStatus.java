package org.pathway.matching.domain;

/** Where a participant stands for matching. Only {@link #ACTIVE} participants get recommendations or places. */
public enum ParticipantStatus {
    ACTIVE,
    /** Consent withdrawn with scope {@code future}: what we hold stays, nothing new is booked. */
    WITHDRAWN,
    /** Left the pathway. */
    CLOSED
}
