package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;

/** The {@code placement} rows of the current site, written only from placement events. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlacementStore {

    private final EntityManager em;

    public PlacementStore(EntityManager em) {
        this.em = em;
    }

    /** A redelivered or repeated confirmation changes nothing. */
    public void confirm(PlacementConfirmed event, Instant now) {
        em.createNativeQuery("""
                        insert into placement (placement_id, participant_id, activity_id, provider_id, activity_category,
                                               cost_per_session_pence, confirmed_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (placement_id) do nothing""")
                .setParameter(1, event.placementId())
                .setParameter(2, event.participantId())
                .setParameter(3, event.activityId())
                .setParameter(4, event.providerId())
                .setParameter(5, event.activityCategory())
                .setParameter(6, event.costPerSessionPence())
                .setParameter(7, event.confirmedAt() == null ? now : event.confirmedAt())
                .executeUpdate();
    }

    public void end(PlacementEnded event, Instant now) {
        em.createNativeQuery("""
                        update placement set ended_at = ?2, end_reason = ?3
                        where placement_id = ?1 and ended_at is null""")
                .unwrap(NativeQuery.class)
                .setParameter(1, event.placementId())
                .setParameter(2, event.endedAt() == null ? now : event.endedAt())
                .setParameter(3, event.reason(), String.class)
                .executeUpdate();
    }

    /** Placements by id, for the given ids that exist at this site. */
    @SuppressWarnings("unchecked")
    public Map<UUID, PlacementFact> find(Collection<UUID> placementIds) {
        Map<UUID, PlacementFact> found = new HashMap<>();
        if (placementIds.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select placement_id, participant_id, provider_id, cost_per_session_pence
                        from placement where placement_id in (?1)""")
                .setParameter(1, List.copyOf(placementIds))
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            found.put(id, new PlacementFact(id, (String) row[1], (String) row[2], ((Number) row[3]).intValue()));
        }
        return found;
    }

    /** When the participant's current, unbroken time in placement began; empty when not placed. */
    public Optional<Instant> placedSince(String participantId) {
        Object value = em.createNativeQuery("""
                        select min(confirmed_at) from placement where participant_id = ?1 and ended_at is null""")
                .setParameter(1, participantId)
                .getSingleResult();
        return Optional.ofNullable(value).map(PlacementStore::instant);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
