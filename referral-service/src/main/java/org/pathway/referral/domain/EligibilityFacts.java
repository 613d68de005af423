package org.pathway.referral.domain;

import java.util.List;
import org.pathway.referral.api.dto.ReferralRequest;

/**
 * What eligibility is decided on, free of identifiers. {@code gillickCompetent} stays boxed:
 * only an explicit {@code true} lifts the guardian-consent requirement.
 */
public record EligibilityFacts(
        int ageAtReferral,
        List<String> presentingNeeds,
        String severity,
        String riskLevel,
        boolean youngPersonConsent,
        boolean guardianConsent,
        Boolean gillickCompetent,
        boolean activeReferralExists) {

    public EligibilityFacts {
        presentingNeeds = presentingNeeds == null ? List.of() : List.copyOf(presentingNeeds);
    }

    /**
     * Facts from a request that {@link ReferralValidator} accepted; age is taken on the referral date.
     * {@code activeReferralExists} is whether the site already holds an ACCEPTED or CONTACTED referral
     * for the same NHS number.
     */
    public static EligibilityFacts from(ReferralRequest request, boolean activeReferralExists) {
        ReferralRequest.Consent consent = request.consent();
        return new EligibilityFacts(
                Ages.onDate(request.youngPerson().dateOfBirth(), request.referredAt()),
                request.presentingNeeds(),
                request.severity(),
                request.riskLevel(),
                Boolean.TRUE.equals(consent.youngPerson()),
                Boolean.TRUE.equals(consent.guardian()),
                consent.gillickCompetent(),
                activeReferralExists);
    }
}
