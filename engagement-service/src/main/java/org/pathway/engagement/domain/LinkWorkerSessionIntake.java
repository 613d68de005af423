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
import org.pathway.engagement.events.EngagementEventMapper;

/** Records link-worker sessions (already checked) of a participant of the site, and announces them. */
@ApplicationScoped
public class LinkWorkerSessionIntake {

    private final Caseload caseload;
    private final Outbox outbox;
    private final EngagementClock clock;

    public LinkWorkerSessionIntake(Caseload caseload, Outbox outbox, EngagementClock clock) {
        this.caseload = caseload;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records the session, once per {@code Idempotency-Key}: a repeat with the key answers the session recorded first.
     *
     * @throws Problem 404 when the site has no such participant; 409 when the participant withdrew consent, or the
     *                 key came with a different session
     */
    @Transactional
    public Recorded<LinkWorkerSession> record(String participantId, NewLinkWorkerSession session,
                                              Optional<String> idempotencyKey) {
        Instant now = clock.now();
        // The participant's lock also serialises two requests with one key: the second finds the first's row.
        caseload.lockForNewRecords(participantId, now);
        if (idempotencyKey.isPresent()) {
            Optional<LinkWorkerSession> first = LinkWorkerSession.recordedWith(participantId, idempotencyKey.get());
            if (first.isPresent()) {
                if (!first.get().sameAs(session)) {
                    throw IdempotencyKeyHeader.reusedWithDifferentBody("link-worker session");
                }
                return new Recorded<>(first.get(), true);
            }
        }
        LinkWorkerSession recorded = LinkWorkerSession.of(participantId, session, idempotencyKey, now);
        recorded.persist();
        outbox.append(EngagementEventMapper.sessionRecorded(recorded));
        return new Recorded<>(recorded, false);
    }
}
