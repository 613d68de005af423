package org.pathway.reporting.domain.grouping;

import java.util.List;

/**
 * The coarse attributes a report may group a participant by, as carried by the accepted referral.
 *
 * @param ageAtReferral whole years on the referral date
 * @param deprivationDecile 1 (most deprived) to 10; null when unknown
 * @param arm {@code pathway|comparison}; null: pathway
 */
public record ParticipantProfile(
        String siteId,
        int ageAtReferral,
        String gender,
        String ethnicCategory,
        Integer deprivationDecile,
        List<String> presentingNeeds,
        String arm) {

    public ParticipantProfile {
        presentingNeeds = presentingNeeds == null ? List.of() : List.copyOf(presentingNeeds);
    }

    /** A pathway participant's profile. */
    public ParticipantProfile(String siteId, int ageAtReferral, String gender, String ethnicCategory,
                              Integer deprivationDecile, List<String> presentingNeeds) {
        this(siteId, ageAtReferral, gender, ethnicCategory, deprivationDecile, presentingNeeds, null);
    }
}
