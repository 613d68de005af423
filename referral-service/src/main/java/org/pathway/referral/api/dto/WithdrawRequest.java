package org.pathway.referral.api.dto;

/** Body of {@code POST /sites/{siteId}/referrals/{id}/withdraw}; {@code scope} is a WithdrawalScope wire value. */
public record WithdrawRequest(String scope) {
}
