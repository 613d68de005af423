package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
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

    /**
     * Records the session, once per {@code Idempotency-Key}: a repeat with the key answers the session recorded first.
     *
     * @throws Problem 409 when the participant withdrew consent, or the key came with a different session
     */
    @Transactional
    public Recorded<LinkWorkerSessionRecorded> record(String participantId, LinkWorkerSessionRequest request,
                                                      Optional<String> idempotencyKey) {
        Instant now = clock.now();
        // The participant's lock also serialises two requests with one key: the second finds the first's row.
        if (participants.lock(participantId, now).withdrawn()) {
            throw Refusals.withdrawn();
        }
        String mode = SessionMode.fromWire(request.mode()).orElseThrow().wire();
        LinkWorkerSessionRecorded asked = new LinkWorkerSessionRecorded(participantId, UUID.randomUUID(),
                request.date(), request.minutes(), mode);
        if (idempotencyKey.isPresent()) {
            Optional<LinkWorkerSessionRecorded> first = recordedWith(participantId, idempotencyKey.get());
            if (first.isPresent()) {
                if (!sameSession(first.get(), asked)) {
                    throw IdempotencyKeyHeader.reusedWithDifferentBody("link-worker session");
                }
                return new Recorded<>(first.get(), true);
            }
        }
        em.createNativeQuery("""
                        insert into link_worker_session (id, participant_id, session_date, minutes, mode, recorded_at,
                                                         idempotency_key)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, asked.sessionId())
                .setParameter(2, participantId)
                .setParameter(3, asked.date())
                .setParameter(4, asked.minutes())
                .setParameter(5, mode)
                .setParameter(6, now)
                .setParameter(7, idempotencyKey.orElse(null))
                .executeUpdate();
        outbox.append(asked);
        return new Recorded<>(asked, false);
    }

    private Optional<LinkWorkerSessionRecorded> recordedWith(String participantId, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, session_date, minutes, mode from link_worker_session
                        where participant_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, participantId)
                .setParameter(2, idempotencyKey)
                .getResultList();
        return rows.stream().findFirst().map(row -> new LinkWorkerSessionRecorded(participantId, (UUID) row[0],
                ParticipantStore.toLocalDate(row[1]), ((Number) row[2]).intValue(), (String) row[3]));
    }

    private static boolean sameSession(LinkWorkerSessionRecorded first, LinkWorkerSessionRecorded asked) {
        return first.date().equals(asked.date()) && first.minutes() == asked.minutes()
                && first.mode().equals(asked.mode());
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
