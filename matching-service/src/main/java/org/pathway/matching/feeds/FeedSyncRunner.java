package org.pathway.matching.feeds;

import org.pathway.matching.metrics.DirectorySyncs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.matching.config.MatchingConfig;
import org.pathway.matching.directory.DirectoryImport;
import org.pathway.matching.directory.ImportReport;
import org.pathway.matching.domain.ActivityStore;

/**
 * Runs one sync of a feed, at the site of the caller's context: claims the feed, stages every page
 * ({@link FeedStager}: nothing saved until the whole feed has been read, so a feed that fails
 * part-way leaves the catalogue as it was), saves the pages one transaction each (a page is saved
 * whole or not at all; a sync stopped between pages is resumed by the next one, as saving is
 * idempotent), retires the feed's services that are gone, and records the report.
 */
@ApplicationScoped
public class FeedSyncRunner {

    private static final Logger LOG = Logger.getLogger(FeedSyncRunner.class);

    private final FeedStore feeds;
    private final FeedStager stager;
    private final DirectoryImport directoryImport;
    private final ActivityStore activities;
    private final PathwayClock clock;
    private final Duration lease;
    private final DirectorySyncs syncs;

    public FeedSyncRunner(FeedStore feeds, FeedStager stager, DirectoryImport directoryImport,
                          ActivityStore activities, PathwayClock clock, MatchingConfig config, DirectorySyncs syncs) {
        this.syncs = syncs;
        this.feeds = feeds;
        this.stager = stager;
        this.directoryImport = directoryImport;
        this.activities = activities;
        this.clock = clock;
        this.lease = config.feeds().syncLease();
    }

    /** The report of the sync; empty when another sync of the feed holds it (here or on another replica). */
    public Optional<FeedSync> sync(UUID feedId, SyncTrigger trigger) {
        DirectoryFeed feed = feeds.get(feedId);
        String owner = UUID.randomUUID().toString();
        if (!feeds.claim(feedId, owner, lease)) {
            return Optional.empty();
        }
        Instant startedAt = clock.now();
        SyncTally tally = new SyncTally();
        SyncStatus status;
        String reason = null;
        Map<String, PageValidators> validators = null;
        try {
            StagedFeed staged = stager.stage(feed.url, feed.format, feed.pageValidators);
            Set<String> inFeed = new HashSet<>();
            for (StagedPage page : staged.pages()) {
                save(feedId, owner, page, tally);
                inFeed.addAll(page.importedIds());
            }
            if (staged.capped()) {
                status = SyncStatus.INCOMPLETE;
                reason = "page cap reached with the feed still going: nothing retired";
            } else {
                tally.retired(QuarkusTransaction.requiringNew().call(() -> activities.retireMissing(feedId, inFeed)));
                status = SyncStatus.COMPLETED;
                validators = validatorsOf(staged);
            }
        } catch (FeedUnavailable e) {
            status = SyncStatus.FAILED;
            reason = e.getMessage();
        } catch (RuntimeException e) {
            status = SyncStatus.FAILED;
            reason = "a page could not be saved (" + e.getClass().getSimpleName()
                    + "); pages before it were saved and the next sync resumes";
            LOG.warnf("Sync of feed %s failed while saving: %s", feedId, e.getClass().getName());
        }
        FeedSync sync = tally.toSync(feedId, trigger, status, reason, startedAt, clock.now());
        feeds.finish(sync, owner, validators);
        syncs.finished(status, trigger);
        LOG.infof("Sync of feed %s %s: %d pages, %d fetched, %d created, %d updated, %d retired, %d errors",
                feedId, status.wire(), sync.pages, sync.fetched, sync.created, sync.updated, sync.retired,
                sync.errors.size());
        return Optional.of(sync);
    }

    private void save(UUID feedId, String owner, StagedPage page, SyncTally tally) {
        if (page.notModified()) {
            tally.notModified(page);
            return;
        }
        ImportReport report = QuarkusTransaction.requiringNew().call(() -> {
            if (!feeds.renew(feedId, owner, lease)) {
                throw new FeedUnavailable("the sync lost its claim on the feed (lease expired) before page "
                        + page.number() + "; pages before it were saved");
            }
            return directoryImport.apply(page.batch(), feedId);
        });
        tally.saved(page, report);
    }

    /** Only pages the server gave validators for are worth asking conditionally next time. */
    private static Map<String, PageValidators> validatorsOf(StagedFeed staged) {
        Map<String, PageValidators> validators = new HashMap<>();
        staged.pages().stream().filter(p -> p.validators().any())
                .forEach(p -> validators.put(p.uri(), p.validators()));
        return validators;
    }
}
