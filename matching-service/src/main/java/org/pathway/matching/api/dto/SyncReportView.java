package org.pathway.matching.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pathway.matching.directory.ImportError;
import org.pathway.matching.feeds.FeedSync;

/**
 * The report of one sync: how it ended ({@code status} {@code completed}, {@code incomplete} or
 * {@code failed}, with the {@code reason}), pages read, services fetched, what became of them, and the
 * services left out ({@code skips}: over 25 only, or no community activity) and the entries that could
 * not be imported ({@code errors}), each with its place in the feed, directory id and why.
 */
public record SyncReportView(UUID id, UUID feedId, String trigger, String status, String reason, Instant startedAt,
                             Instant finishedAt, int pages, int fetched, int created, int updated, int unchanged,
                             int retired, int needsReview, int skipped, List<ImportError> skips,
                             List<ImportError> errors) {

    public static SyncReportView of(FeedSync s) {
        return new SyncReportView(s.id, s.feedId, s.trigger.wire(), s.status.wire(), s.reason, s.startedAt,
                s.finishedAt, s.pages, s.fetched, s.created, s.updated, s.unchanged, s.retired, s.needsReview,
                s.skipped, s.skips, s.errors);
    }
}
