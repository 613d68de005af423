package org.pathway.referral.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.referral.domain.Referral;

/**
 * A referral as lists and lifecycle actions show it: the pseudonym, status, dates and coarse
 * attributes, never a name, NHS number, date of birth, full postcode or contact detail.
 */
public record ReferralSummaryView(
        UUID id,
        String participantId,
        String arm,
        String status,
        String declineReason,
        LocalDate referredAt,
        LocalDate waitingListSince,
        Instant receivedAt,
        Instant contactedAt,
        Instant closedAt,
        Instant withdrawnAt,
        Instant erasedAt,
        String referrerOrganisationCode,
        int ageAtReferral,
        String gender,
        String ethnicCategory,
        String postcodeDistrict,
        String languagePreference,
        List<String> presentingNeeds,
        String severity,
        String riskLevel) {

    public static ReferralSummaryView of(Referral r) {
        return new ReferralSummaryView(r.id, r.participantId, r.arm.wire(), r.status.name(), nameOf(r.declineReason), r.referredAt,
                r.waitingListSince, r.receivedAt, r.contactedAt, r.closedAt, r.withdrawnAt, r.erasedAt,
                r.referrerOrganisationCode, r.ageAtReferral, r.gender, r.ethnicCategory, r.postcodeDistrict,
                r.languagePreference, r.presentingNeedList(), r.severity, r.riskLevel);
    }

    static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
