package org.pathway.referral.domain;

import java.util.EnumSet;
import java.util.Set;

/** What a link worker or the young person can do to an existing referral, with where it may start and ends. */
public enum ReferralAction {
    CONTACT("contact", EnumSet.of(ReferralStatus.ACCEPTED), ReferralStatus.CONTACTED),
    DECLINE("decline", EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.CONTACTED), ReferralStatus.DECLINED),
    CLOSE("close", EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.CONTACTED), ReferralStatus.CLOSED),
    // Consent can be withdrawn, and data erased, whatever happened to the referral before.
    WITHDRAW("withdraw", EnumSet.complementOf(EnumSet.of(ReferralStatus.WITHDRAWN)), ReferralStatus.WITHDRAWN);

    private final String verb;
    private final Set<ReferralStatus> allowedFrom;
    private final ReferralStatus target;

    ReferralAction(String verb, Set<ReferralStatus> allowedFrom, ReferralStatus target) {
        this.verb = verb;
        this.allowedFrom = allowedFrom;
        this.target = target;
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
