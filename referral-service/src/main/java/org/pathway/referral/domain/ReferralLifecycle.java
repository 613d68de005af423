package org.pathway.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.events.ReferralOutbox;
import org.pathway.referral.security.AuditAction;
import org.pathway.referral.security.AuditTrail;

/**
 * The moves after intake. Each locks the referral row, applies {@link Transitions} (409 when illegal),
 * records the change, its event and its audit entry in one transaction. A move repeated with the same details
 * after it was made (its first answer lost to a timeout or a restart, and the client asking again) is answered
 * with the referral as it stands: nothing is recorded, published or audited twice. The same move with other
 * details is still a conflict.
 */
@ApplicationScoped
@Transactional
public class ReferralLifecycle {

    private final ReferralStore referrals;
    private final ReferralOutbox outbox;
    private final AuditTrail audit;
    private final PathwayClock clock;

    public ReferralLifecycle(ReferralStore referrals, ReferralOutbox outbox, AuditTrail audit, PathwayClock clock) {
        this.referrals = referrals;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Referral contact(UUID id, FirstContact contact) {
        Referral referral = locked(id);
        String method = contact.method().wire();
        if (referral.status == ReferralStatus.CONTACTED && contact.at().equals(referral.contactedAt)
                && method.equals(referral.contactMethod)) {
            return referral;
        }
        referral.status = Transitions.contact(referral.status);
        referral.contactedAt = contact.at();
        referral.contactMethod = method;
        outbox.contacted(referral);
        audit.record(AuditAction.CONTACT, referral);
        return referral;
    }

    /** The young person turned the offer down; {@code note}, free text or null, stays at the site. */
    public Referral decline(UUID id, String note) {
        Referral referral = locked(id);
        if (referral.status == ReferralStatus.DECLINED && referral.declineReason == DeclineReason.YOUNG_PERSON_DECLINED
                && Objects.equals(note, referral.declineNote)) {
            return referral;
        }
        referral.status = Transitions.decline(referral.status);
        referral.declineReason = DeclineReason.YOUNG_PERSON_DECLINED;
        referral.declineNote = note;
        outbox.declinedByYoungPerson(referral, clock.now());
        audit.record(AuditAction.DECLINE, referral);
        return referral;
    }

    /**
     * With scope {@code all} the identifiable data of this referral, and of any other referral of the same
     * NHS number at the site, is erased in the same transaction.
     */
    public Referral withdraw(UUID id, WithdrawalScope scope) {
        Referral referral = locked(id);
        if (referral.status == ReferralStatus.WITHDRAWN && scope.wire().equals(referral.withdrawalScope)) {
            return referral;
        }
        referral.status = Transitions.withdraw(referral.status);
        referral.withdrawnAt = clock.now();
        referral.withdrawalScope = scope.wire();
        outbox.withdrawn(referral);
        audit.record(AuditAction.WITHDRAW, referral);
        if (scope == WithdrawalScope.ALL) {
            // Earlier or declined referrals of the same young person hold the same identifiers.
            for (Referral sameYoungPerson : referrals.othersOfTheSameYoungPerson(referral)) {
                erase(sameYoungPerson, referral.withdrawnAt);
            }
            erase(referral, referral.withdrawnAt);
        }
        return referral;
    }

    public Referral close(UUID id, CloseReason reason) {
        Referral referral = locked(id);
        if (referral.status == ReferralStatus.CLOSED && reason.wire().equals(referral.closeReason)) {
            return referral;
        }
        referral.status = Transitions.close(referral.status);
        referral.closedAt = clock.now();
        referral.closeReason = reason.wire();
        outbox.closed(referral);
        audit.record(AuditAction.CLOSE, referral);
        return referral;
    }

    private void erase(Referral referral, Instant at) {
        referral.erase(at);
        IdempotencyKey.forgetFingerprintsOf(referral.id);
        audit.record(AuditAction.ERASE, referral);
    }

    private Referral locked(UUID id) {
        return referrals.findForUpdate(id).orElseThrow(ReferralStore::notHere);
    }
}
