package org.pathway.referral.security;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.domain.Referral;

/**
 * Writes the audit trail in the transaction of the access it records, so no read or change of
 * identifiable data commits without its audit row.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String SUBJECT_QUERY = "referralId = :referralId or participantId = :participantId";

    private final Caller caller;
    private final CurrentSite currentSite;
    private final PathwayClock clock;

    public AuditTrail(Caller caller, CurrentSite currentSite, PathwayClock clock) {
        this.caller = caller;
        this.currentSite = currentSite;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, Referral referral) {
        write(action, referral.id, referral.participantId);
    }

    /** An access that concerned no one referral (a list). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action) {
        write(action, null, null);
    }

    /** Newest first; {@code subject} is a referral id or a participant id, or empty for every entry. */
    public static List<AuditEntry> page(Optional<String> subject, int page, int size) {
        Sort newestFirst = Sort.descending("at", "id");
        if (subject.isEmpty()) {
            return AuditEntry.findAll(newestFirst).page(Page.of(page, size)).list();
        }
        return AuditEntry.find(SUBJECT_QUERY, newestFirst, subjectParameters(subject.get()))
                .page(Page.of(page, size)).list();
    }

    public static long count(Optional<String> subject) {
        return subject.isEmpty()
                ? AuditEntry.count()
                : AuditEntry.count(SUBJECT_QUERY, subjectParameters(subject.get()));
    }

    private static Parameters subjectParameters(String subject) {
        return Parameters.with("referralId", asUuid(subject)).and("participantId", subject);
    }

    private static UUID asUuid(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException notAReferralId) {
            // No referral has this id; a participant id is matched instead.
            return new UUID(0L, 0L);
        }
    }

    private void write(AuditAction action, UUID referralId, String participantId) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.now();
        entry.actor = caller.name();
        entry.roles = String.join(",", caller.roles());
        entry.siteId = currentSite.require();
        entry.referralId = referralId;
        entry.participantId = participantId;
        entry.action = action;
        entry.persist();
    }
}
