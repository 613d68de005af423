package org.pathway.referral.api.dto;

/** Body of {@code POST /sites/{siteId}/referrals/{id}/close}; {@code reason} is a CloseReason wire value. */
public record CloseRequest(String reason) {
}
