package org.pathway.referral.domain;

/**
 * What intake did with a referral: stored it now, or found it stored by an earlier request with the same
 * Idempotency-Key or externalReference and body ({@code replayed}). Either way the answer is the referral as
 * intake decided it ({@link Referral#intakeStatus}).
 */
public record IntakeResult(Referral referral, boolean replayed) {
}
