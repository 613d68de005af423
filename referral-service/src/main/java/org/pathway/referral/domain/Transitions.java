package org.pathway.referral.domain;

import org.pathway.chassis.problem.Problem;

/** The referral state machine; an illegal move is the client's conflict (409), never a silent no-op. */
public final class Transitions {

    private Transitions() {
    }

    /** The status after {@code action}, or a 409 Problem naming the action and the current status. */
    public static ReferralStatus apply(ReferralAction action, ReferralStatus current) {
        if (!action.allowedFrom(current)) {
            throw Problem.conflict("Cannot " + action.verb() + " a referral that is " + current + ".");
        }
        return action.target();
    }

    public static ReferralStatus contact(ReferralStatus current) {
        return apply(ReferralAction.CONTACT, current);
    }

    public static ReferralStatus decline(ReferralStatus current) {
        return apply(ReferralAction.DECLINE, current);
    }

    public static ReferralStatus close(ReferralStatus current) {
        return apply(ReferralAction.CLOSE, current);
    }

    public static ReferralStatus withdraw(ReferralStatus current) {
        return apply(ReferralAction.WITHDRAW, current);
    }

    /** Active referrals count towards link-worker caseload and block a duplicate referral. */
    public static boolean isActive(ReferralStatus status) {
        return status == ReferralStatus.ACCEPTED || status == ReferralStatus.CONTACTED;
    }
}
