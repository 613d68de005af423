package org.pathway.referral.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One referral with its identifiable record, for {@code GET /sites/{siteId}/referrals/{id}} (audited).
 * The nested parts reuse the request's shapes; after erasure their identifiable fields are null.
 */
public record ReferralView(
        UUID id,
        String participantId,
        String siteId,
        String externalReference,
        String status,
        String declineReason,
        LocalDate referredAt,
        LocalDate waitingListSince,
        Instant receivedAt,
        Instant contactedAt,
        String contactMethod,
        Instant closedAt,
        String closeReason,
        Instant withdrawnAt,
        String withdrawalScope,
        Instant erasedAt,
        ReferralRequest.Referrer referrer,
        ReferralRequest.YoungPerson youngPerson,
        int ageAtReferral,
        String postcodeDistrict,
        List<String> presentingNeeds,
        String severity,
        String riskLevel,
        ReferralRequest.Consent consent,
        List<String> interests,
        List<String> accessibilityNeeds,
        String notes) {
}
