package org.pathway.referral.domain;

import java.util.Optional;

/** Intake decision: accept, or the first reason (in {@link DeclineReason} order) to decline. */
public final class Eligibility {

    /** From this age a young person is presumed competent to consent without a guardian. */
    public static final int AGE_OF_PRESUMED_COMPETENCE = 16;

    private Eligibility() {
    }

    public static Optional<DeclineReason> decide(EligibilityFacts facts, SiteRules rules) {
        if (facts.ageAtReferral() < rules.minAge() || facts.ageAtReferral() > rules.maxAge()) {
            return Optional.of(DeclineReason.AGE_OUT_OF_RANGE);
        }
        if (facts.presentingNeeds().stream().noneMatch(rules.needsInScope()::contains)) {
            return Optional.of(DeclineReason.NEED_NOT_IN_SCOPE);
        }
        if (!Vocabulary.MODERATE.equals(facts.severity())) {
            return Optional.of(DeclineReason.SEVERITY_NOT_MODERATE);
        }
        if (Vocabulary.HIGH_RISK.equals(facts.riskLevel())) {
            return Optional.of(DeclineReason.HIGH_RISK);
        }
        if (!hasConsent(facts)) {
            return Optional.of(DeclineReason.NO_CONSENT);
        }
        if (facts.activeReferralExists()) {
            return Optional.of(DeclineReason.DUPLICATE_ACTIVE_REFERRAL);
        }
        return Optional.empty();
    }

    private static boolean hasConsent(EligibilityFacts facts) {
        if (!facts.youngPersonConsent()) {
            return false;
        }
        return facts.ageAtReferral() >= AGE_OF_PRESUMED_COMPETENCE
                || facts.guardianConsent()
                || Boolean.TRUE.equals(facts.gillickCompetent());
    }
}
