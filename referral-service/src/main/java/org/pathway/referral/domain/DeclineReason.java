package org.pathway.referral.domain;

/**
 * Why a referral is DECLINED. All but the last are decided at intake by {@link Eligibility}, in this
 * order; YOUNG_PERSON_DECLINED is recorded when the young person turns the offer down later.
 */
public enum DeclineReason {
    AGE_OUT_OF_RANGE,
    NEED_NOT_IN_SCOPE,
    SEVERITY_NOT_MODERATE,
    HIGH_RISK,
    NO_CONSENT,
    DUPLICATE_ACTIVE_REFERRAL,
    YOUNG_PERSON_DECLINED
}
