package org.pathway.referral.api.dto;

import java.time.Instant;
import java.util.UUID;

/**
 * Body of the {@code 201} (and of the idempotent {@code 200} replay) for a new referral.
 * {@code status} is ACCEPTED or DECLINED; {@code declineReason} is null when accepted.
 */
public record ReferralCreated(
        UUID id,
        String participantId,
        String siteId,
        String status,
        String declineReason,
        Instant receivedAt) {
}
