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
        String referrerOrganisationCode) implements PathwayEvent {

    public ReferralReceived {
        presentingNeeds = Immutable.list(presentingNeeds);
    }
}
