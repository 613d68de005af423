package org.pathway.matching.domain;

import org.pathway.chassis.ids.Slug;

/**
 * Why a placement ended: a lower-case code ({@code completed}, {@code moved-away}), because events
 * carry codes, never free text about a child. Two are set by this service itself, when a referral
 * event ends a participant's placements.
 */
public final class EndReasons {

    public static final String CONSENT_WITHDRAWN = "consent-withdrawn";
    public static final String REFERRAL_CLOSED = "referral-closed";
    public static final int MAX_LENGTH = 64;

    private EndReasons() {
    }

    public static boolean isCode(String reason) {
        return Slug.isValid(reason) && reason.length() <= MAX_LENGTH;
    }
}
