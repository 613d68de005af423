package org.pathway.matching.api.dto;

import java.util.UUID;

/** Body of {@code POST /sites/{siteId}/placements}. */
public record PlacementRequest(String participantId, UUID activityId) {
}
