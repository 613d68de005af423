package org.pathway.referral.api.dto;

/** Body of {@code POST /sites/{siteId}/referrals/{id}/decline}: the young person declined the offer. */
public record DeclineRequest(String reason) {
}
