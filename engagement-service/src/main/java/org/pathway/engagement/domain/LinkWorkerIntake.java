package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.engagement.domain.instruments.Scoring;
import org.pathway.engagement.events.EngagementEventMapper;

/**
 * Records what a link worker reports about a participant of the site (sessions, outcome measures; already
 * checked) and announces it: once per {@code Idempotency-Key}, a repeat with the key answering the record
 * made first.
 */
@ApplicationScoped
public class LinkWorkerIntake {

    private final Caseload caseload;
    private final Outbox outbox;
    private final PathwayClock clock;

    public LinkWorkerIntake(Caseload caseload, Outbox outbox, PathwayClock clock) {
        this.caseload = caseload;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records the session.
     *
     * @throws Problem 404 when the site has no such participant; 409 when they withdrew consent, or the key came
     *                 with a different session
     */
    @Transactional
    public Recorded<LinkWorkerSession> recordSession(String participantId, NewLinkWorkerSession session,
                                                     Optional<String> idempotencyKey) {
        Instant now = clock.now();
        return once(participantId, idempotencyKey, "link-worker session",
                key -> LinkWorkerSession.recordedWith(participantId, key), first -> first.sameAs(session), () -> {
                    LinkWorkerSession recorded = LinkWorkerSession.of(participantId, session, idempotencyKey, now);
                    recorded.persist();
                    outbox.append(EngagementEventMapper.sessionRecorded(recorded));
                    return recorded;
                }, now);
    }

    /**
     * Scores and records the measure, once per instrument and timepoint.
     *
     * @throws Problem 404 when the site has no such participant; 409 when withdrawn, already recorded for this
     *                 timepoint, or the key came with another measure
     */
    @Transactional
    public Recorded<Outcome> recordOutcome(String participantId, NewOutcome measure, Optional<String> idempotencyKey) {
        Instant now = clock.now();
        return once(participantId, idempotencyKey, "outcome measure",
                key -> Outcome.recordedWith(participantId, key), first -> first.sameAs(measure), () -> {
                    if (Outcome.alreadyRecorded(participantId, measure)) {
                        throw Problem.conflict(
                                "This instrument was already recorded for the participant at this timepoint.");
                    }
                    Outcome outcome = Outcome.of(participantId, measure,
                            Scoring.score(measure.instrument(), measure.items()), idempotencyKey, now);
                    outcome.persist();
                    outbox.append(EngagementEventMapper.outcomeRecorded(outcome));
                    return outcome;
                }, now);
    }

    /**
     * Records under the participant's lock, which serialises their records: a second request with one key finds
     * the first's row, and a check for an existing record cannot race a concurrent insert.
     */
    private <T> Recorded<T> once(String participantId, Optional<String> idempotencyKey, String what,
                                 Function<String, Optional<T>> recordedWith, Predicate<T> sameAsAsked,
                                 Supplier<T> record, Instant now) {
        caseload.lockForNewRecords(participantId, now);
        Optional<T> first = idempotencyKey.flatMap(recordedWith);
        if (first.isPresent()) {
            if (!sameAsAsked.test(first.get())) {
                throw IdempotencyKeyHeader.reusedWithDifferentBody(what);
            }
            return new Recorded<>(first.get(), true);
        }
        return new Recorded<>(record.get(), false);
    }
}
