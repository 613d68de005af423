package org.pathway.chassis.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Eligible and consented: the young person joins the pathway. Carries what matching needs to
 * build a participant profile, still without direct identifiers.
 *
 * @param snomedCode always {@link #SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING}
 * @param deprivationDecile 1 (most deprived) to 10; null when unknown
 * @param researchConsent consent to research use, recorded separately from consent to the pathway
 * @param arm {@code pathway|comparison} ({@link Arm}); absent in events written before arms existed, read as pathway.
 *     A comparison participant is accepted for questionnaires only: no matching, no placements.
 */
public record ReferralAccepted(
        String participantId,
        UUID referralId,
        LocalDate referredAt,
        Instant acceptedAt,
        String snomedCode,
        int ageAtReferral,
        String gender,
        String ethnicCategory,
        String postcodeDistrict,
        Integer deprivationDecile,
        List<String> presentingNeeds,
        String languagePreference,
        List<String> interests,
        List<String> accessibilityNeeds,
        boolean researchConsent,
        String arm) implements PathwayEvent {

    /** SNOMED CT "Referral to social prescribing service". */
    public static final String SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING = "871731000000106";

    public ReferralAccepted {
        presentingNeeds = Immutable.list(presentingNeeds);
        interests = Immutable.list(interests);
        accessibilityNeeds = Immutable.list(accessibilityNeeds);
        arm = Arm.orPathway(arm);
    }

    /** A pathway referral (the arm every referral through the referral API belongs to). */
    public ReferralAccepted(String participantId, UUID referralId, LocalDate referredAt, Instant acceptedAt,
            String snomedCode, int ageAtReferral, String gender, String ethnicCategory, String postcodeDistrict,
            Integer deprivationDecile, List<String> presentingNeeds, String languagePreference, List<String> interests,
            List<String> accessibilityNeeds, boolean researchConsent) {
        this(participantId, referralId, referredAt, acceptedAt, snomedCode, ageAtReferral, gender, ethnicCategory,
                postcodeDistrict, deprivationDecile, presentingNeeds, languagePreference, interests, accessibilityNeeds,
                researchConsent, Arm.PATHWAY.wire());
    }

    public boolean comparisonArm() {
        return Arm.COMPARISON.wire().equals(arm);
    }
}
