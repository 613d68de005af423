package org.pathway.referral.domain;

import java.util.Optional;

/** Intake decision: accept, or the first reason (in {@link DeclineReason} order) to decline. */
public final class Eligibility {

    /** From this age a young person is presumed competent to consent without a guardian. */
    public static final int AGE_OF_PRESUMED_COMPETENCE = 16;

    private Eligibility() {
    }

    public static Optional<DeclineReason> decide(EligibilityInput input, SiteRules rules) {
        if (input.ageAtReferral() < rules.minAge() || input.ageAtReferral() > rules.maxAge()) {
            return Optional.of(DeclineReason.AGE_OUT_OF_RANGE);
        }
        if (input.presentingNeeds().stream().noneMatch(rules.needsInScope()::contains)) {
            return Optional.of(DeclineReason.NEED_NOT_IN_SCOPE);
        }
        if (!Vocabulary.MODERATE.equals(input.severity())) {
            return Optional.of(DeclineReason.SEVERITY_NOT_MODERATE);
        }
        if (Vocabulary.HIGH_RISK.equals(input.riskLevel())) {
            return Optional.of(DeclineReason.HIGH_RISK);
        }
        if (!hasConsent(input)) {
            return Optional.of(DeclineReason.NO_CONSENT);
        }
        if (input.activeReferralExists()) {
            return Optional.of(DeclineReason.DUPLICATE_ACTIVE_REFERRAL);
        }
        return Optional.empty();
    }

    private static boolean hasConsent(EligibilityInput input) {
        if (!input.youngPersonConsent()) {
            return false;
        }
        return input.ageAtReferral() >= AGE_OF_PRESUMED_COMPETENCE
                || input.guardianConsent()
                || Boolean.TRUE.equals(input.gillickCompetent());
    }
}
