package org.pathway.chassis.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral was stored, before or regardless of eligibility. Coarse attributes only: age in years,
 * postcode district, deprivation decile, never the identifiers the trust sent.
 *
 * @param waitingListSince null when the trust did not say
 * @param deprivationDecile 1 (most deprived) to 10; null when unknown
 * @param severity {@code mild|moderate|severe}
 * @param languagePreference {@code en|cy}
 * @param arm {@code pathway|comparison} ({@link Arm}); absent in events written before arms existed, read as pathway
 */
public record ReferralReceived(
        String participantId,
        UUID referralId,
        LocalDate referredAt,
        LocalDate waitingListSince,
        int ageAtReferral,
        String gender,
        String ethnicCategory,
        String postcodeDistrict,
        Integer deprivationDecile,
        List<String> presentingNeeds,
        String severity,
        String languagePreference,
        String referrerOrganisationCode,
        String arm) implements PathwayEvent {

    public ReferralReceived {
        presentingNeeds = Immutable.list(presentingNeeds);
        arm = Arm.orPathway(arm);
    }

    /** A pathway referral (the arm every referral through the referral API belongs to). */
    public ReferralReceived(String participantId, UUID referralId, LocalDate referredAt, LocalDate waitingListSince,
            int ageAtReferral, String gender, String ethnicCategory, String postcodeDistrict, Integer deprivationDecile,
            List<String> presentingNeeds, String severity, String languagePreference,
            String referrerOrganisationCode) {
        this(participantId, referralId, referredAt, waitingListSince, ageAtReferral, gender, ethnicCategory,
                postcodeDistrict, deprivationDecile, presentingNeeds, severity, languagePreference,
                referrerOrganisationCode, Arm.PATHWAY.wire());
    }

    public boolean comparisonArm() {
        return Arm.COMPARISON.wire().equals(arm);
    }
}
