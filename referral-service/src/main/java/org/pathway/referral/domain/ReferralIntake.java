package org.pathway.referral.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.api.dto.ReferralRequest;

/**
 * Referral intake: validate, then run {@link IntakeAttempt}s until one commits or answers a replay.
 * Idempotency rests on the database's unique constraints (idempotency key, external reference, one
 * active referral per NHS number), so concurrent identical requests make exactly one referral.
 */
@ApplicationScoped
public class ReferralIntake {

    private static final Logger LOG = Logger.getLogger(ReferralIntake.class);
    /** A loser of a race needs one retry; more would mean something other than a race. */
    static final int MAX_ATTEMPTS = 3;

    private final IntakeAttempt attempt;
    private final ObjectMapper mapper;
    private final ReferralClock clock;

    public ReferralIntake(IntakeAttempt attempt, ObjectMapper mapper, ReferralClock clock) {
        this.attempt = attempt;
        this.mapper = mapper;
        this.clock = clock;
    }

    public IntakeResult receive(ReferralRequest request, Optional<String> idempotencyKey) {
        List<FieldError> errors = ReferralValidator.validate(request, clock.today());
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        idempotencyKey.ifPresent(IdempotencyKeyHeader::of);
        String fingerprint = RequestFingerprint.ofJson(mapper, request);
        for (int tries = 1; ; tries++) {
            try {
                return attempt.run(request, idempotencyKey, fingerprint);
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
