package org.pathway.referral.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.metrics.SiteCounters;
import org.pathway.referral.domain.IntakeResult;
import org.pathway.referral.domain.Referral;

import java.util.Locale;

/**
 * {@code pathway.referral.decisions} (counter, tags {@code site}, {@code arm}, {@code outcome} = {@code accepted} /
 * {@code declined}, {@code reason} = the decline reason code or {@code none}): intake's decision on each new referral,
 * whichever door it came through (JSON or FHIR). A replayed request decides nothing and is not counted.
 */
@ApplicationScoped
public class ReferralDecisions {

    static final String NAME = "pathway.referral.decisions";

    private final SiteCounters counters;

    public ReferralDecisions(SiteCounters counters) {
        this.counters = counters;
    }

    public IntakeResult counted(IntakeResult result) {
        if (!result.replayed()) {
            Referral referral = result.referral();
            counters.increment(NAME, "Referrals decided at intake, by outcome",
                    "arm", referral.arm.name().toLowerCase(Locale.ROOT),
                    "outcome", referral.intakeStatus.name().toLowerCase(Locale.ROOT),
                    "reason", referral.intakeDeclineReason == null ? "none"
                            : referral.intakeDeclineReason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return result;
    }
}
