package org.pathway.matching.api.dto;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Body of {@code POST /sites/{siteId}/placements}. {@code confirmedAt} is optional: when the place
 * was agreed, for a link worker recording a booking made earlier (and for the simulated calendar of
 * {@code pathway simulate}); it defaults to now and may not be in the future.
 */
public record PlacementRequest(String participantId, UUID activityId, OffsetDateTime confirmedAt) {

    public PlacementRequest(String participantId, UUID activityId) {
        this(participantId, activityId, null);
    }
}
