package org.pathway.matching.api.dto;

import java.time.Instant;
import java.util.UUID;
import org.pathway.matching.domain.Placement;
import org.pathway.matching.domain.PlacementStatus;

/** A placement as the API answers it. */
public record PlacementView(
        UUID id,
        PlacementStatus status,
        String participantId,
        UUID activityId,
        String providerId,
        String activityCategory,
        int costPerSessionPence,
        Instant confirmedAt,
        Instant endedAt,
        String endReason) {

    public static PlacementView of(Placement p) {
        return new PlacementView(p.id, p.status, p.participantId, p.activityId, p.providerId, p.activityCategory,
                p.costPerSessionPence, p.confirmedAt, p.endedAt, p.endReason);
    }
}
