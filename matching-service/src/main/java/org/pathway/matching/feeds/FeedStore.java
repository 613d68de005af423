package org.pathway.matching.feeds;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.time.PathwayClock;

/**
 * The site's directory feeds and their sync history. A sync claims its feed with one conditional
 * UPDATE ({@link #claim}): PostgreSQL runs it under the feed row's lock, so of any number of
 * replicas (or requests) trying at once exactly one sees a row updated. The claim is a lease, renewed
 * with each page and released at the end, so a replica that dies mid-sync blocks the feed only until
 * the lease runs out.
 */
@ApplicationScoped
@Transactional
public class FeedStore {

    public record Listing<T>(List<T> items, long total) {
    }

    private final PathwayClock clock;

    public FeedStore(PathwayClock clock) {
        this.clock = clock;
    }

    public DirectoryFeed create(String url, FeedFormat format, FeedSchedule schedule) {
        DirectoryFeed feed = DirectoryFeed.create(url, format, schedule, clock.now());
        feed.persist();
        return feed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectoryFeed get(UUID id) {
        return DirectoryFeed.<DirectoryFeed>findByIdOptional(id).orElseThrow(FeedStore::notFound);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing<DirectoryFeed> list(int page, int size) {
        var found = DirectoryFeed.<DirectoryFeed>findAll(Sort.by("createdAt").and("id")).page(Page.of(page, size));
        return new Listing<>(found.list(), found.count());
    }

    /** Every feed; for the scheduler. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DirectoryFeed> all() {
        return DirectoryFeed.listAll(Sort.by("createdAt").and("id"));
    }

    /**
     * Deletes the feed and its history; its activities stay as they are, no longer synced or retired by
     * any feed (a feed listing their ids later may take them over: {@code ActivityStore.saveImported}).
     * A feed being synced right now is {@code 409}.
     */
    public void delete(UUID id) {
        get(id);
        int deleted = Panache.getEntityManager().createNativeQuery("""
                        delete from directory_feed
                        where id = ?1 and (sync_claimed_until is null or sync_claimed_until < ?2)""")
                .setParameter(1, id).setParameter(2, clock.now()).executeUpdate();
        if (deleted == 0) {
            throw Problem.conflict("The feed is being synced; delete it once the sync has finished.");
        }
    }

    /** Claims the feed for one sync ({@code owner}); false when another sync holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(UUID id, String owner, Duration lease) {
        Instant now = clock.now();
        return Panache.getEntityManager().createNativeQuery("""
                        update directory_feed
                        set sync_claimed_by = ?1, sync_claimed_until = ?2, last_sync_started_at = ?3
                        where id = ?4 and (sync_claimed_until is null or sync_claimed_until < ?3)""")
                .setParameter(1, owner).setParameter(2, now.plus(lease)).setParameter(3, now).setParameter(4, id)
                .executeUpdate() == 1;
    }

    /** Extends the owner's claim, in the caller's transaction; false when the claim was lost (it expired). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean renew(UUID id, String owner, Duration lease) {
        return Panache.getEntityManager().createNativeQuery("""
                        update directory_feed set sync_claimed_until = ?1
                        where id = ?2 and sync_claimed_by = ?3""")
                .setParameter(1, clock.now().plus(lease)).setParameter(2, id).setParameter(3, owner)
                .executeUpdate() == 1;
    }

    /**
     * Ends a sync: keeps its report, frees the feed and, after a completed sync, keeps the pages'
     * validators for the next conditional GETs. One transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(FeedSync sync, String owner, Map<String, PageValidators> validators) {
        sync.persist();
        if (validators != null) {
            DirectoryFeed.<DirectoryFeed>findByIdOptional(sync.feedId).ifPresent(f -> f.pageValidators = validators);
        }
        Panache.getEntityManager().createNativeQuery("""
                        update directory_feed set sync_claimed_by = null, sync_claimed_until = null
                        where id = ?1 and sync_claimed_by = ?2""")
                .setParameter(1, sync.feedId).setParameter(2, owner).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing<FeedSync> history(UUID feedId, int page, int size) {
        get(feedId);
        var found = FeedSync.<FeedSync>find("feedId", Sort.by("startedAt").descending().and("id"), feedId)
                .page(Page.of(page, size));
        return new Listing<>(found.list(), found.count());
    }

    static Problem notFound() {
        return Problem.notFound("No such directory feed at this site.");
    }
}
