package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The {@code attendance} rows of the current site. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AttendanceStore {

    private final EntityManager em;

    public AttendanceStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Stores one session unless the provider already reported this event id. The unique key decides,
     * so two concurrent requests with the same event store it once (the second waits, then does nothing).
     *
     * @return false for a duplicate
     */
    public boolean insert(String providerId, String eventId, PlacementFact placement, LocalDate sessionDate,
                          AttendanceStatus status, Instant now) {
        return em.createNativeQuery("""
                        insert into attendance (provider_id, event_id, placement_id, participant_id, session_date,
                                                status, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (provider_id, event_id) do nothing""")
                .setParameter(1, providerId)
                .setParameter(2, eventId)
                .setParameter(3, placement.placementId())
                .setParameter(4, placement.participantId())
                .setParameter(5, sessionDate)
                .setParameter(6, status.wire())
                .setParameter(7, now)
                .executeUpdate() == 1;
    }

    /** Every session of the participant, by date and then in the order they were recorded. */
    @SuppressWarnings("unchecked")
    public List<SessionRecord> sessionsOf(String participantId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select session_date, status from attendance where participant_id = ?1
                        order by session_date, seq""")
                .setParameter(1, participantId)
                .getResultList();
        return rows.stream()
                .map(row -> new SessionRecord(ParticipantStore.toLocalDate(row[0]),
                        AttendanceStatus.fromWire((String) row[1]).orElseThrow()))
                .toList();
    }
}
