package org.pathway.matching.domain;

/** End reasons this service sets itself, when a referral event ends a participant's placements. */
public final class EndReasons {

    public static final String CONSENT_WITHDRAWN = "consent-withdrawn";
    public static final String REFERRAL_CLOSED = "referral-closed";

    private EndReasons() {
    }
}
