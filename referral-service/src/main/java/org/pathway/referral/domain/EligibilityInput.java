package org.pathway.referral.domain;

import java.util.List;

/**
 * What eligibility is decided on, free of identifiers. {@code gillickCompetent} stays boxed:
 * only an explicit {@code true} lifts the guardian-consent requirement.
 */
public record EligibilityInput(
        int ageAtReferral,
        List<String> presentingNeeds,
        String severity,
        String riskLevel,
        boolean youngPersonConsent,
        boolean guardianConsent,
        Boolean gillickCompetent,
        boolean activeReferralExists) {

    public EligibilityInput {
        presentingNeeds = presentingNeeds == null ? List.of() : List.copyOf(presentingNeeds);
    }

    /**
     * The input for a new referral; {@code activeReferralExists} is whether the site already holds an
     * ACCEPTED or CONTACTED referral for the same NHS number.
     */
    public static EligibilityInput of(NewReferral referral, boolean activeReferralExists) {
        Consent consent = referral.consent();
        return new EligibilityInput(referral.ageAtReferral(), referral.presentingNeeds(), referral.severity(),
                referral.riskLevel(), consent.youngPerson(), consent.guardian(), consent.gillickCompetent(),
                activeReferralExists);
    }
}
