package org.pathway.referral.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral as lists and lifecycle actions show it: the pseudonym, status, dates and coarse
 * attributes, never a name, NHS number, date of birth, full postcode or contact detail.
 */
public record ReferralSummary(
        UUID id,
        String participantId,
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
}
