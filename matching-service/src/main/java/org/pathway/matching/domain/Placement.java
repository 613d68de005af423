package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A place a participant holds (or held) on an activity. */
@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "participant_id", nullable = false, updatable = false)
    public String participantId;
    @Column(name = "activity_id", nullable = false, updatable = false)
    public UUID activityId;
    @Column(name = "provider_id", nullable = false, updatable = false)
    public String providerId;
    @Column(name = "activity_category", nullable = false, updatable = false)
    public String activityCategory;
    @Column(name = "cost_per_session_pence", nullable = false, updatable = false)
    public int costPerSessionPence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlacementStatus status;
    @Column(name = "confirmed_at", nullable = false, updatable = false)
    public Instant confirmedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "end_reason")
    public String endReason;
    /** The client's {@code Idempotency-Key} for the booking, if it sent one. */
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;
    @Version
    public long version;

    static Placement confirm(String participantId, Activity activity, Instant now) {
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.participantId = participantId;
        placement.activityId = activity.id;
        placement.providerId = activity.providerId;
        placement.activityCategory = activity.category;
        placement.costPerSessionPence = activity.costPerSessionPence;
        placement.status = PlacementStatus.CONFIRMED;
        placement.confirmedAt = now;
        return placement;
    }

    public static List<Placement> ofParticipant(String participantId) {
        return list("participantId = ?1 order by confirmedAt, id", participantId);
    }

    static List<Placement> confirmedOf(String participantId) {
        return list("participantId = ?1 and status = ?2 order by confirmedAt, id", participantId,
                PlacementStatus.CONFIRMED);
    }

    /** The participant's placement booked with this {@code Idempotency-Key}, if any. */
    static Optional<Placement> bookedWith(String participantId, String idempotencyKey) {
        return find("participantId = ?1 and idempotencyKey = ?2", participantId, idempotencyKey).firstResultOptional();
    }

    static boolean confirmedOn(String participantId, UUID activityId) {
        return count("participantId = ?1 and activityId = ?2 and status = ?3", participantId, activityId,
                PlacementStatus.CONFIRMED) > 0;
    }
}
