package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.config.EngagementClock;
import org.pathway.engagement.domain.instruments.Scoring;
import org.pathway.engagement.events.EngagementEventMapper;

/** Scores and records outcome measures (already checked) of a participant of the site, and announces them. */
@ApplicationScoped
public class OutcomeIntake {

    private final Caseload caseload;
    private final Outbox outbox;
    private final EngagementClock clock;

    public OutcomeIntake(Caseload caseload, Outbox outbox, EngagementClock clock) {
        this.caseload = caseload;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Scores and records the measure, once per instrument and timepoint, and once per {@code Idempotency-Key}: a
     * repeat with the key answers the measure recorded first.
     *
     * @throws Problem 404 when the site has no such participant; 409 when withdrawn, already recorded for this
     *                 timepoint, or the key came with another measure
     */
    @Transactional
    public Recorded<Outcome> record(String participantId, NewOutcome measure, Optional<String> idempotencyKey) {
        Instant now = clock.now();
        // The participant's lock serialises their measures: the checks below cannot race a concurrent insert.
        caseload.lockForNewRecords(participantId, now);
        if (idempotencyKey.isPresent()) {
            Optional<Outcome> first = Outcome.recordedWith(participantId, idempotencyKey.get());
            if (first.isPresent()) {
                if (!first.get().sameAs(measure)) {
                    throw IdempotencyKeyHeader.reusedWithDifferentBody("outcome measure");
                }
                return new Recorded<>(first.get(), true);
            }
        }
        if (Outcome.alreadyRecorded(participantId, measure)) {
            throw Problem.conflict("This instrument was already recorded for the participant at this timepoint.");
        }
        Outcome outcome = Outcome.of(participantId, measure, Scoring.score(measure.instrument(), measure.items()),
                idempotencyKey, now);
        outcome.persist();
        outbox.append(EngagementEventMapper.outcomeRecorded(outcome));
        return new Recorded<>(outcome, false);
    }
}
