package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.time.PathwayClock;

/**
 * The site's activity catalogue. Places taken change by native SQL only ({@link #takePlace},
 * {@link #givePlaceBack}): one conditional update under PostgreSQL's row lock is what makes
 * overbooking impossible, where an entity's read-then-write would let two bookings share a place.
 */
@ApplicationScoped
@Transactional
public class ActivityStore {

    // A projection straight into candidates: thousands of rows are read per request and none is
    // changed, so managed entities (and their dirty-checking snapshots) would be wasted work.
    private static final String CANDIDATES = """
            select new org.pathway.matching.domain.Candidate(a.id, a.name, a.category, a.minAge, a.maxAge, a.active,
                a.needsReview, a.capacity, a.placesTaken, a.latitude, a.longitude, a.postcode, a.accessibility,
                a.languages)
            from Activity a
            where a.active = true and a.needsReview = false and a.placesTaken < a.capacity
                and a.minAge <= :age and a.maxAge >= :age""";

    public record Listing(List<Activity> activities, long total) {
    }

    private final PathwayClock clock;

    public ActivityStore(PathwayClock clock) {
        this.clock = clock;
    }

    public Activity create(ActivityDetails details) {
        Activity activity = Activity.create(details, null, clock.now());
        activity.persist();
        return activity;
    }

    /** Locks the activity, so a capacity change is checked against the places actually taken. */
    public Activity update(UUID id, ActivityDetails details) {
        Activity activity = Activity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw notFound();
        }
        if (details.capacity() < activity.placesTaken) {
            throw Problem.conflict("The capacity cannot go below the " + activity.placesTaken + " places already taken.");
        }
        activity.apply(details, clock.now());
        return activity;
    }

    /** What saving a directory's service did to the catalogue. */
    public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Saves a directory's service under its source and directory id: a service seen before updates
     * its activity instead of adding a second one, keeping the capacity, because directories have none
     * and the provider may have set it, and a person's review ({@link Activity#reimported}). {@code feedId}
     * is the feed it came from (null for a pushed page).
     *
     * <p>Activities are keyed by source (the feed, or pushed pages) and directory id: two feeds of
     * one site listing the same id (two councils both numbering a service {@code 42}) keep two
     * activities, and neither feed's sync overwrites or retires the other's. A service no source holds
     * yet may take over an ownerless activity with its id — pushed, or left by a deleted feed — rather
     * than add a second one (re-subscribing to a deleted feed picks its activities up again).
     */
    public ImportOutcome saveImported(String externalId, ActivityDetails details, Screening screening, UUID feedId) {
        Activity existing = (feedId == null
                ? Activity.find("externalId = ?1 and feedId is null", externalId)
                : Activity.find("externalId = ?1 and feedId = ?2", externalId, feedId))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (existing == null) {
            existing = ownerless(externalId, feedId);
        }
        if (existing == null) {
            Activity created = Activity.create(details, externalId, clock.now());
            created.feedId = feedId;
            created.screen(screening);
            created.persist();
            return ImportOutcome.CREATED;
        }
        ActivityDetails kept = existing.reimported(details);
        Screening screened = existing.rescreened(screening);
        if (kept.equals(existing.details()) && screened.equals(existing.screening())
                && Objects.equals(existing.feedId, feedId)) {
            return ImportOutcome.UNCHANGED;
        }
        existing.apply(kept, clock.now());
        existing.screen(screened);
        existing.feedId = feedId;
        return ImportOutcome.UPDATED;
    }

    /** An activity with this directory id whose feed is gone (or, for a feed, that was pushed); null if none. */
    private static Activity ownerless(String externalId, UUID feedId) {
        String feedGone = "not exists (select 1 from directory_feed f where f.id = a.feed_id)";
        List<?> ids = Panache.getEntityManager().createNativeQuery("select a.id from activity a where a.external_id = ?1 and "
                        + (feedId == null ? "a.feed_id is not null and " + feedGone : "(a.feed_id is null or " + feedGone + ")")
                        + " order by a.created_at, a.id limit 1")
                .setParameter(1, externalId).getResultList();
        return ids.isEmpty() ? null : Activity.findById(ids.get(0), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Retires the feed's active activities whose directory ids it no longer lists: inactive, so
     * nobody is recommended or booked onto them, with their placements untouched. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int retireMissing(UUID feedId, Set<String> externalIdsInFeed) {
        List<Activity> gone = Activity.<Activity>list("feedId = ?1 and active = true", feedId).stream()
                .filter(a -> !externalIdsInFeed.contains(a.externalId))
                .toList();
        gone.forEach(a -> a.retire(clock.now()));
        return gone.size();
    }

    /** Records a person's review of the activity's ages and category. */
    public Activity review(UUID id, ActivityReview review) {
        Activity activity = Activity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw notFound();
        }
        activity.review(review, clock.now());
        return activity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Activity get(UUID id) {
        return find(id).orElseThrow(ActivityStore::notFound);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Activity> find(UUID id) {
        return Activity.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing list(Optional<String> category, Optional<Boolean> active, Optional<Boolean> needsReview,
                        int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        category.ifPresent(c -> {
            where.add("category = :category");
            parameters.and("category", c);
        });
        active.ifPresent(a -> {
            where.add("active = :active");
            parameters.and("active", a);
        });
        needsReview.ifPresent(n -> {
            where.add("needsReview = :needsReview");
            parameters.and("needsReview", n);
        });
        String query = String.join(" and ", where);
        var found = Activity.<Activity>find(query, Sort.by("name").and("id"), parameters).page(Page.of(page, size));
        return new Listing(found.list(), found.count());
    }

    /** Active activities with a free place that take the age and need no review: what the recommender ranks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> candidatesFor(int age) {
        return Panache.getEntityManager().createQuery(CANDIDATES, Candidate.class)
                .setParameter("age", age)
                .getResultList();
    }

    /** Takes a place if the activity is active and not full; false when it is not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takePlace(UUID activityId) {
        return Panache.getEntityManager().createNativeQuery("""
                        update activity set places_taken = places_taken + 1
                        where id = ?1 and active and places_taken < capacity""")
                .setParameter(1, activityId)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void givePlaceBack(UUID activityId) {
        Panache.getEntityManager().createNativeQuery("""
                        update activity set places_taken = places_taken - 1
                        where id = ?1 and places_taken > 0""")
                .setParameter(1, activityId)
                .executeUpdate();
    }

    static Problem notFound() {
        return Problem.notFound("No such activity at this site.");
    }
}
