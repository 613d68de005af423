package org.pathway.referral.api.dto;

import java.time.OffsetDateTime;

/** Body of {@code POST /sites/{siteId}/referrals/{id}/contact}; {@code method} is a ContactMethod wire value. */
public record ContactRequest(OffsetDateTime contactedAt, String method) {
}
