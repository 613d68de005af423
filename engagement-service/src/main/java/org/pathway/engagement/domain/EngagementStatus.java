package org.pathway.engagement.domain;

/**
 * Derived engagement of a participant. "Not yet connected" is the absence of a status
 * ({@code Optional.empty()}), not a value here, so events only ever carry these four.
 */
public enum EngagementStatus {
    CONNECTED,
    ENGAGED,
    SUSTAINED,
    DISENGAGED
}
