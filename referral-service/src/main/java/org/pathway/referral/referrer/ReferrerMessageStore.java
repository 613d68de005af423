package org.pathway.referral.referrer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The site's referrer messages: a referral's list, and the worker's claim on the next one due. */
@ApplicationScoped
public class ReferrerMessageStore implements PanacheRepositoryBase<ReferrerMessage, Long> {

    /**
     * The oldest due message whose referral has no earlier message still pending (so a referral's messages go
     * in order, and a later one waits while an earlier one is retried), locked for this transaction; a row
     * another replica holds is skipped, so no two replicas send one message at once.
     */
    private static final String NEXT_DUE = """
            select m.id from referrer_message m
            where m.state = 'PENDING' and m.next_attempt_at <= ?1
              and not exists (select 1 from referrer_message e
                              where e.referral_id = m.referral_id and e.state = 'PENDING' and e.id < m.id)
            order by m.next_attempt_at, m.id
            limit 1
            for update of m skip locked""";

    private final EntityManager entityManager;

    public ReferrerMessageStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReferrerMessage> claimNextDue(Instant now) {
        List<?> ids = entityManager.createNativeQuery(NEXT_DUE)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
        return ids.stream().findFirst().map(id -> findById(((Number) id).longValue()));
    }

    public List<ReferrerMessage> ofReferral(UUID referralId) {
        return list("referralId = ?1 order by id", referralId);
    }
}
