package org.pathway.referral.domain;

/**
 * The consent given with a referral. {@code gillickCompetent} and {@code research} stay boxed: only an
 * explicit {@code true} lifts the guardian-consent requirement or lets research use the participant.
 */
public record Consent(boolean youngPerson, boolean guardian, Boolean gillickCompetent, Boolean research) {
}
