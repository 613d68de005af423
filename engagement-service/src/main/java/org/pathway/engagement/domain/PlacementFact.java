package org.pathway.engagement.domain;

import java.util.UUID;

/** What attendance needs to know about a placement announced by matching-service. */
public record PlacementFact(UUID placementId, String participantId, String providerId, int costPerSessionPence) {
}
