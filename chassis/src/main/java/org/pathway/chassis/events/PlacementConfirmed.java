package org.pathway.chassis.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The participant took up an activity place; attendance is counted against it from now on.
 *
 * @param activityCategory {@code arts|sport|nature|peer-support|befriending|skills|social|other}
 */
public record PlacementConfirmed(
        String participantId,
        UUID placementId,
        UUID activityId,
        String providerId,
        String activityCategory,
        int costPerSessionPence,
        Instant confirmedAt) implements PathwayEvent {
}
