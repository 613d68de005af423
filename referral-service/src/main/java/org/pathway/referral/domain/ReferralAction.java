package org.pathway.referral.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a link worker or the young person can do to an existing referral, with where it may start and ends, and
 * whether it is about the pathway's offer (which a comparison participant never had).
 */
public enum ReferralAction {
    CONTACT("contact", EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.CONTACTED, true),
    DECLINE("decline", EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.CONTACTED), ReferralStatus.DECLINED, true),
    CLOSE("close", EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.CONTACTED), ReferralStatus.CLOSED, false),
    // Consent can be withdrawn, and data erased, whatever happened to the referral before.
    WITHDRAW("withdraw", EnumSet.complementOf(EnumSet.of(ReferralStatus.WITHDRAWN)), ReferralStatus.WITHDRAWN, false);

    private final String verb;
    private final Set<ReferralStatus> allowedFrom;
    private final ReferralStatus target;
    private final boolean aboutTheOffer;

    ReferralAction(String verb, Set<ReferralStatus> allowedFrom, ReferralStatus target, boolean aboutTheOffer) {
        this.verb = verb;
        this.allowedFrom = allowedFrom;
        this.target = target;
        this.aboutTheOffer = aboutTheOffer;
    }

    /** First contact about the offer, or the young person turning it down: pathway referrals only. */
    public boolean aboutTheOffer() {
        return aboutTheOffer;
    }

    /** The verb as it appears in the path, e.g. {@code /referrals/{id}/contact}. */
    public String verb() {
        return verb;
    }

    public boolean allowedFrom(ReferralStatus status) {
        return allowedFrom.contains(status);
    }

    public ReferralStatus target() {
        return target;
    }
}
