package org.pathway.engagement.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.time.PathwayClock;

/**
 * The elapsed-time half of DISENGAGED: nobody posts anything when a participant simply stops
 * coming, so every placed participant of every hosted site is re-evaluated on a schedule. With
 * several replicas, one at a time evaluates a site (a transaction-scoped PostgreSQL advisory lock);
 * the others skip it, so a status change is made, and announced, once.
 */
@ApplicationScoped
public class DisengagementCheck {

    private static final Logger LOG = Logger.getLogger(DisengagementCheck.class);

    private final Sites sites;
    private final SiteWork siteWork;
    private final ParticipantStateStore participants;
    private final EngagementEvaluator evaluator;
    private final PathwayClock clock;
    private final EntityManager entityManager;

    public DisengagementCheck(Sites sites, SiteWork siteWork, ParticipantStateStore participants,
                              EngagementEvaluator evaluator, PathwayClock clock, EntityManager entityManager) {
        this.sites = sites;
        this.siteWork = siteWork;
        this.participants = participants;
        this.evaluator = evaluator;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The advisory lock a replica holds while it evaluates the site. */
    public static String lockName(String siteId) {
        return "pathway.disengagement-check." + siteId;
    }

    @Scheduled(identity = "disengagement-check", every = "${engagement.disengagement-check.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runAt(clock.now());
    }

    /** Evaluates every site as of {@code now}, one transaction per site; returns how many statuses changed. */
    public int runAt(Instant now) {
        int changed = 0;
        for (String siteId : sites.ids()) {
            int inSite = siteWork.inSite(siteId, () -> lockSite(siteId) ? evaluateSite(now) : 0);
            if (inSite > 0) {
                LOG.infof("Disengagement check at site %s: %d status change(s)", siteId, inSite);
            }
            changed += inSite;
        }
        return changed;
    }

    private boolean lockSite(String siteId) {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, lockName(siteId))
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.debugf("Disengagement check at site %s skipped: another replica is running it", siteId);
            return false;
        }
        return true;
    }

    private int evaluateSite(Instant now) {
        int changed = 0;
        for (String participantId : participants.placedAndActive()) {
            if (evaluator.reevaluate(participantId, now)) {
                changed++;
            }
        }
        return changed;
    }
}
