package org.pathway.referral.domain;

/** Where a referral is in the pathway; see {@link Transitions} for the moves between them. */
public enum ReferralStatus {
    ACCEPTED,
    DECLINED,
    CONTACTED,
    WITHDRAWN,
    CLOSED
}
