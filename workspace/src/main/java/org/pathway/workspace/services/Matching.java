package org.pathway.workspace.services;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** matching-service's answers, as far as the pages read them. */
public final class Matching {

    private Matching() {
    }

    /** A recommended activity with the reasons it was chosen, best first. */
    public record Recommendation(UUID activityId, String name, double score, List<String> reasons) {
    }

    public record Placement(UUID id, String status, UUID activityId, String providerId, String activityCategory,
                            Integer costPerSessionPence, Instant confirmedAt, Instant endedAt, String endReason) {
    }
}
