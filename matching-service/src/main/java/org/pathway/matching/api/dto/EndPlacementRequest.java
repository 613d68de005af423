package org.pathway.matching.api.dto;

/** Body of {@code POST /sites/{siteId}/placements/{id}/end}. */
public record EndPlacementRequest(String reason) {
}
