package org.pathway.referral.domain;

import org.pathway.referral.metrics.ReferralDecisions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Referral intake: run {@link IntakeAttempt}s until one commits or finds a replay. Idempotency rests on the
 * database's unique constraints (idempotency key, external reference, one active referral per NHS number),
 * so concurrent identical requests make exactly one referral.
 */
@ApplicationScoped
public class ReferralIntake {

    private static final Logger LOG = Logger.getLogger(ReferralIntake.class);
    /** A loser of a race needs one retry; more would mean something other than a race. */
    static final int MAX_ATTEMPTS = 3;

    private final IntakeAttempt attempt;
    private final ReferralDecisions decisions;

    public ReferralIntake(IntakeAttempt attempt, ReferralDecisions decisions) {
        this.attempt = attempt;
        this.decisions = decisions;
    }

    /** {@code fingerprint} tells a repeat of the request from a different one under the same key or reference. */
    public IntakeResult receive(NewReferral referral, String fingerprint, Optional<String> idempotencyKey) {
        for (int tries = 1; ; tries++) {
            try {
                return decisions.counted(attempt.run(referral, fingerprint, idempotencyKey));
            } catch (RuntimeException e) {
                if (tries >= MAX_ATTEMPTS || !UniqueViolations.isCause(e)) {
                    throw e;
                }
                LOG.debugf("Referral intake lost a race on a unique constraint; attempt %d of %d", tries + 1,
                        MAX_ATTEMPTS);
            }
        }
    }
}
