package org.pathway.matching.api.dto;

import java.time.Instant;
import java.util.UUID;
import org.pathway.matching.feeds.DirectoryFeed;

/** A directory feed as the API answers it. */
public record DirectoryFeedView(UUID id, String url, String format, String schedule, Instant createdAt,
                                Instant lastSyncStartedAt) {

    public static DirectoryFeedView of(DirectoryFeed feed) {
        return new DirectoryFeedView(feed.id, feed.url, feed.format.wire(), feed.schedule.wire(), feed.createdAt,
                feed.lastSyncStartedAt);
    }
}
