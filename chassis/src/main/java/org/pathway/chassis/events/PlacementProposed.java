package org.pathway.chassis.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An activity place was offered to the participant.
 *
 * @param activityCategory {@code arts|sport|nature|peer-support|befriending|skills|social|other}
 */
public record PlacementProposed(
        String participantId,
        UUID placementId,
        UUID activityId,
        String providerId,
        String activityCategory,
        int costPerSessionPence,
        Instant proposedAt) implements PathwayEvent {
}
