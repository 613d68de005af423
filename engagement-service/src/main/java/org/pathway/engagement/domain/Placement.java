package org.pathway.engagement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;

/** A placement as matching-service announced it; attendance is only accepted against these. */
@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {

    @Id
    @Column(name = "placement_id")
    public UUID placementId;
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
    @Column(name = "confirmed_at", nullable = false, updatable = false)
    public Instant confirmedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "end_reason")
    public String endReason;

    /** Stores the placement; a redelivered or repeated confirmation changes nothing. */
    public static void confirm(PlacementConfirmed event, Instant now) {
        if (findById(event.placementId()) != null) {
            return;
        }
        Placement placement = new Placement();
        placement.placementId = event.placementId();
        placement.participantId = event.participantId();
        placement.activityId = event.activityId();
        placement.providerId = event.providerId();
        placement.activityCategory = event.activityCategory();
        placement.costPerSessionPence = event.costPerSessionPence();
        placement.confirmedAt = event.confirmedAt() == null ? now : event.confirmedAt();
        placement.persist();
    }

    /** Ends the placement once; a later end of the same placement changes nothing. */
    public static void end(PlacementEnded event, Instant now) {
        Placement placement = findById(event.placementId());
        if (placement != null && placement.endedAt == null) {
            placement.endedAt = event.endedAt() == null ? now : event.endedAt();
            placement.endReason = event.reason();
        }
    }

    /**
     * The placements among {@code placementIds} of participants the site has referred, by id, in one
     * query. A placement of a participant whose referral event has not arrived is absent, as if unknown.
     */
    public static Map<UUID, Placement> ofKnownParticipants(Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return Map.of();
        }
        List<Placement> found = list("""
                from Placement placement where placement.placementId in ?1 and exists
                (select 1 from Participant participant where participant.participantId = placement.participantId)""",
                List.copyOf(placementIds));
        return found.stream().collect(Collectors.toMap(p -> p.placementId, Function.identity()));
    }

    /** When the participant's current, unbroken time in placement began; empty when not placed. */
    public static Optional<Instant> placedSince(String participantId) {
        return Placement.<Placement>list("participantId = ?1 and endedAt is null", participantId).stream()
                .map(p -> p.confirmedAt)
                .min(Instant::compareTo);
    }
}
