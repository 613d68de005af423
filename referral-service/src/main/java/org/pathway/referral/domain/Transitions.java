package org.pathway.referral.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.Problem;

/** The referral state machine; an illegal move is the client's conflict (409), never a silent no-op. */
public final class Transitions {

    /**
     * Active referrals count towards link-worker caseload and block a duplicate referral (as the partial unique
     * index {@code referral_one_active_per_nhs_number} does in the database).
     */
    public static final Set<ReferralStatus> ACTIVE = Collections.unmodifiableSet(
            EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.CONTACTED));

    private Transitions() {
    }

    /**
     * The status after {@code action} on a referral of {@code arm}: a 409 for a move about the pathway's offer on a
     * comparison participant (who has none), else as {@link #apply(ReferralAction, ReferralStatus)}.
     */
    public static ReferralStatus apply(ReferralAction action, ReferralStatus current, Arm arm) {
        if (arm == Arm.COMPARISON && action.aboutTheOffer()) {
            throw Problem.conflict("Cannot " + action.verb() + " a comparison participant: they have no pathway "
                    + "offer (questionnaires only); withdraw and close apply.");
        }
        return apply(action, current);
    }

    /** The status after {@code action}, or a 409 Problem naming the action and the current status. */
    public static ReferralStatus apply(ReferralAction action, ReferralStatus current) {
        if (!action.allowedFrom(current)) {
            throw Problem.conflict("Cannot " + action.verb() + " a referral that is " + current + ".");
        }
        return action.target();
    }

    public static boolean isActive(ReferralStatus status) {
        return ACTIVE.contains(status);
    }
}
