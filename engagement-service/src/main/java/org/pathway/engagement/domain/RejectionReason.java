package org.pathway.engagement.domain;

/** Why one session of a provider's batch was not stored; the name is the wire value. */
public enum RejectionReason {
    /** A field is missing or ill-formed, the status unknown, or the date impossible. */
    INVALID,
    /**
     * The placement is unknown here or belongs to another provider (or to a participant whose referral
     * has not arrived). Deliberately one reason for all, so a provider cannot probe which placements exist.
     */
    UNKNOWN_PLACEMENT,
    /** The participant withdrew consent: nothing new is collected about them. */
    PARTICIPANT_WITHDRAWN
}
