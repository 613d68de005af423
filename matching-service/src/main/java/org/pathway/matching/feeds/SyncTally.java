package org.pathway.matching.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pathway.matching.directory.ImportError;
import org.pathway.matching.directory.ImportReport;

/** The counts of a sync as it goes, page by page; {@link #toSync} writes them down once it ends. */
final class SyncTally {

    private int pages;
    private int fetched;
    private int created;
    private int updated;
    private int unchanged;
    private int retired;
    private int needsReview;
    private final List<ImportError> skips = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();

    /** A page saved: its counts, with each skip's and error's index made its place in the whole feed. */
    void saved(StagedPage page, ImportReport report) {
        pages++;
        fetched += page.validators().entries();
        created += report.created();
        updated += report.updated();
        unchanged += report.unchanged();
        needsReview += report.needsReview();
        report.skips().forEach(e -> skips.add(inFeed(page, e)));
        report.errors().forEach(e -> errors.add(inFeed(page, e)));
    }

    private static ImportError inFeed(StagedPage page, ImportError e) {
        return new ImportError(page.offset() + e.index(), e.id(), e.reason());
    }

    /** A page the server said had not changed: its services are in the feed, as they were. */
    void notModified(StagedPage page) {
        pages++;
        fetched += page.validators().entries();
        unchanged += page.validators().ids().size();
    }

    void retired(int count) {
        retired += count;
    }

    FeedSync toSync(UUID feedId, SyncTrigger trigger, SyncStatus status, String reason, Instant startedAt,
                    Instant finishedAt) {
        FeedSync sync = new FeedSync();
        sync.id = UUID.randomUUID();
        sync.feedId = feedId;
        sync.trigger = trigger;
        sync.status = status;
        sync.reason = reason;
        sync.startedAt = startedAt;
        sync.finishedAt = finishedAt;
        sync.pages = pages;
        sync.fetched = fetched;
        sync.created = created;
        sync.updated = updated;
        sync.unchanged = unchanged;
        sync.retired = retired;
        sync.needsReview = needsReview;
        sync.skipped = skips.size();
        sync.skips = List.copyOf(skips);
        sync.errors = List.copyOf(errors);
        return sync;
    }
}
