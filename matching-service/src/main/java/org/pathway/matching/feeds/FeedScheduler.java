package org.pathway.matching.feeds;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.time.PathwayClock;

/**
 * Syncs the feeds that are due ({@link FeedSchedule}), at every hosted site, on a short tick. A feed
 * another replica is syncing is skipped: its claim ({@link FeedStore#claim}) decides, so with several
 * replicas each due feed is synced once.
 */
@ApplicationScoped
public class FeedScheduler {

    private static final Logger LOG = Logger.getLogger(FeedScheduler.class);

    private final Sites sites;
    private final SiteWork siteWork;
    private final FeedStore feeds;
    private final FeedSyncRunner runner;
    private final PathwayClock clock;

    public FeedScheduler(Sites sites, SiteWork siteWork, FeedStore feeds, FeedSyncRunner runner, PathwayClock clock) {
        this.sites = sites;
        this.siteWork = siteWork;
        this.feeds = feeds;
        this.runner = runner;
        this.clock = clock;
    }

    @Scheduled(identity = "directory-feed-sync", every = "${matching.feeds.scheduler-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runDue(clock.now());
    }

    /** Syncs every due feed of every site as of {@code now}; returns how many syncs ran here. */
    public int runDue(Instant now) {
        int ran = 0;
        for (String siteId : sites.ids()) {
            ran += siteWork.inSiteContext(siteId, () -> runDueAtSite(siteId, now));
        }
        return ran;
    }

    private int runDueAtSite(String siteId, Instant now) {
        int ran = 0;
        for (DirectoryFeed feed : feeds.all()) {
            if (!feed.schedule.isDue(feed.lastSyncStartedAt, now)) {
                continue;
            }
            try {
                if (runner.sync(feed.id, SyncTrigger.SCHEDULED).isPresent()) {
                    ran++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Scheduled sync of feed %s at site %s failed: %s", feed.id, siteId, e.getClass().getName());
            }
        }
        return ran;
    }
}
