package org.pathway.chassis.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An activity place ended.
 *
 * @param reason a lower-case code such as {@code completed} or {@code participant-withdrew}, never
 *     free text: free text about a child can carry identifiers
 */
public record PlacementEnded(
        String participantId,
        UUID placementId,
        UUID activityId,
        String providerId,
        Instant endedAt,
        String reason) implements PathwayEvent {
}
