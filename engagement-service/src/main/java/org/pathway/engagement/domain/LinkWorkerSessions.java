package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.api.dto.LinkWorkerSessionRequest;
import org.pathway.engagement.config.EngagementClock;

/** Records link-worker sessions (already validated) and announces them. */
@ApplicationScoped
public class LinkWorkerSessions {

    /** Totals for the engagement view. */
    public record Totals(int sessions, int minutes) {
    }

    private final EntityManager em;
    private final ParticipantStore participants;
    private final Outbox outbox;
    private final EngagementClock clock;

    public LinkWorkerSessions(EntityManager em, ParticipantStore participants, Outbox outbox, EngagementClock clock) {
        this.em = em;
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @throws Problem 409 when the participant withdrew consent */
    @Transactional
    public LinkWorkerSessionRecorded record(String participantId, LinkWorkerSessionRequest request) {
        Instant now = clock.now();
        if (participants.lock(participantId, now).withdrawn()) {
            throw Refusals.withdrawn();
        }
        UUID id = UUID.randomUUID();
        String mode = SessionMode.fromWire(request.mode()).orElseThrow().wire();
        em.createNativeQuery("""
                        insert into link_worker_session (id, participant_id, session_date, minutes, mode, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, id)
                .setParameter(2, participantId)
                .setParameter(3, request.date())
                .setParameter(4, request.minutes())
                .setParameter(5, mode)
                .setParameter(6, now)
                .executeUpdate();
        LinkWorkerSessionRecorded event = new LinkWorkerSessionRecorded(participantId, id, request.date(),
                request.minutes(), mode);
        outbox.append(event);
        return event;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Totals totals(String participantId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*), coalesce(sum(minutes), 0) from link_worker_session where participant_id = ?1""")
                .setParameter(1, participantId)
                .getSingleResult();
        return new Totals(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }
}
