package org.pathway.referral.api.dto;

import java.time.Instant;
import java.util.UUID;
import org.pathway.referral.domain.Referral;

/**
 * Body of the {@code 201} (and of the idempotent {@code 200} replay) for a new referral.
 * {@code status} is ACCEPTED or DECLINED; {@code declineReason} is null when accepted; {@code arm} is
 * {@code pathway}, or {@code comparison} for a comparison participant.
 */
public record ReferralCreatedView(
        UUID id,
        String participantId,
        String siteId,
        String status,
        String declineReason,
        Instant receivedAt,
        String arm) {

    /** The answer as it was given at intake, whatever happened to the referral since. */
    public static ReferralCreatedView of(Referral referral, String siteId) {
        return new ReferralCreatedView(referral.id, referral.participantId, siteId, referral.intakeStatus.name(),
                ReferralSummaryView.nameOf(referral.intakeDeclineReason), referral.receivedAt,
                referral.arm.wire());
    }
}
