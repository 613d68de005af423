package org.pathway.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
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
        String method = contact.method().wire();
        return move(id, ReferralAction.CONTACT,
                r -> contact.at().equals(r.contactedAt) && method.equals(r.contactMethod),
                (r, now) -> {
                    r.contactedAt = contact.at();
                    r.contactMethod = method;
                });
    }

    /** The young person turned the offer down; {@code note}, free text or null, stays at the site. */
    public Referral decline(UUID id, String note) {
        return move(id, ReferralAction.DECLINE,
                r -> r.declineReason == DeclineReason.YOUNG_PERSON_DECLINED && Objects.equals(note, r.declineNote),
                (r, now) -> {
                    r.declineReason = DeclineReason.YOUNG_PERSON_DECLINED;
                    r.declineNote = note;
                });
    }

    /**
     * With scope {@code all} the identifiable data of this referral, and of any other referral of the same
     * NHS number at the site, is erased in the same transaction, after the withdrawal is recorded.
     */
    public Referral withdraw(UUID id, WithdrawalScope scope) {
        return move(id, ReferralAction.WITHDRAW, r -> scope.wire().equals(r.withdrawalScope), (r, now) -> {
            r.withdrawnAt = now;
            r.withdrawalScope = scope.wire();
        }, (r, now) -> {
            if (scope == WithdrawalScope.ALL) {
                // Earlier or declined referrals of the same young person hold the same identifiers.
                for (Referral sameYoungPerson : referrals.othersOfTheSameYoungPerson(r)) {
                    erase(sameYoungPerson, now);
                }
                erase(r, now);
            }
        });
    }

    public Referral close(UUID id, CloseReason reason) {
        return move(id, ReferralAction.CLOSE, r -> reason.wire().equals(r.closeReason), (r, now) -> {
            r.closedAt = now;
            r.closeReason = reason.wire();
        });
    }

    private Referral move(UUID id, ReferralAction action, Predicate<Referral> madeAlready,
                          BiConsumer<Referral, Instant> change) {
        return move(id, action, madeAlready, change, (r, now) -> {
        });
    }

    /**
     * Locks the referral and, unless this very move was already made ({@code madeAlready} of a referral in the
     * move's target status), applies it: the transition, the {@code change} of its fields, its event and its
     * audit entry, then what follows from it ({@code afterwards}).
     */
    private Referral move(UUID id, ReferralAction action, Predicate<Referral> madeAlready,
                          BiConsumer<Referral, Instant> change, BiConsumer<Referral, Instant> afterwards) {
        Referral referral = referrals.findForUpdate(id).orElseThrow(ReferralStore::notHere);
        if (referral.status == action.target() && madeAlready.test(referral)) {
            return referral;
        }
        referral.status = Transitions.apply(action, referral.status, referral.arm);
        Instant now = clock.now();
        change.accept(referral, now);
        outbox.moved(action, referral, now);
        audit.record(audited(action), referral);
        afterwards.accept(referral, now);
        return referral;
    }

    private void erase(Referral referral, Instant at) {
        referral.erase(at);
        IdempotencyKey.forgetFingerprintsOf(referral.id);
        audit.record(AuditAction.ERASE, referral);
    }

    private static AuditAction audited(ReferralAction action) {
        return switch (action) {
            case CONTACT -> AuditAction.CONTACT;
            case DECLINE -> AuditAction.DECLINE;
            case WITHDRAW -> AuditAction.WITHDRAW;
            case CLOSE -> AuditAction.CLOSE;
        };
    }
}
