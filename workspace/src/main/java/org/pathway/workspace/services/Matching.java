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

    /** A directory feed the site subscribes to. */
    public record Feed(UUID id, String url, String format, String schedule, Instant createdAt, Instant lastSyncStartedAt) {
    }

    /** What one sync of a feed did; {@code errors} are the entries not imported (place, directory id, why). */
    public record SyncReport(UUID id, UUID feedId, String trigger, String status, String reason, Instant startedAt,
                             Instant finishedAt, int pages, int fetched, int created, int updated, int unchanged,
                             int retired, int needsReview, int skipped, List<ImportError> errors) {
    }

    public record ImportError(Integer index, String id, String reason) {
    }
}
