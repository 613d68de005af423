package org.pathway.referral.api.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** Body of {@code POST /sites/{siteId}/referrals/{id}/contact}; {@code method} is a ContactMethod wire value. */
public record ContactRequest(@NotNull OffsetDateTime contactedAt, @NotBlank String method) {
}
