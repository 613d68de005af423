package org.pathway.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.api.dto.CloseRequest;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.api.dto.DeclineRequest;
import org.pathway.referral.api.dto.WithdrawRequest;
import org.pathway.referral.events.ReferralEvents;
import org.pathway.referral.security.AuditAction;
import org.pathway.referral.security.AuditTrail;

/**
 * The moves after intake. Each locks the referral row, applies {@link Transitions} (409 when illegal),
 * records the change, its event and its audit entry in one transaction. A move repeated with the same details
 * after it was made (its first answer lost to a timeout or a restart, and the client asking again) is answered with
 * the referral as it stands: nothing is recorded, published or audited twice. The same move with other details is
 * still a conflict.
 */
@ApplicationScoped
@Transactional
public class ReferralLifecycle {

    private final ReferralEvents events;
    private final AuditTrail audit;
    private final ReferralClock clock;

    public ReferralLifecycle(ReferralEvents events, AuditTrail audit, ReferralClock clock) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Referral contact(UUID id, ContactRequest body) {
        requireValid(ActionRequestValidator.validate(body, clock.now()));
        Referral referral = locked(id);
        Instant contactedAt = body.contactedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        String method = ContactMethod.fromWire(body.method()).wire();
        if (referral.status == ReferralStatus.CONTACTED && contactedAt.equals(referral.contactedAt)
                && method.equals(referral.contactMethod)) {
            return referral;
        }
        referral.status = Transitions.contact(referral.status);
        referral.contactedAt = contactedAt;
        referral.contactMethod = method;
        events.contacted(referral);
        audit.record(AuditAction.CONTACT, referral);
        return referral;
    }

    /** The young person turned the offer down; the free-text reason stays at the site. */
    public Referral decline(UUID id, DeclineRequest body) {
        requireValid(ActionRequestValidator.validate(body));
        Referral referral = locked(id);
        String note = body == null ? null : body.reason();
        if (referral.status == ReferralStatus.DECLINED && referral.declineReason == DeclineReason.YOUNG_PERSON_DECLINED
                && Objects.equals(note, referral.declineNote)) {
            return referral;
        }
        referral.status = Transitions.decline(referral.status);
        referral.declineReason = DeclineReason.YOUNG_PERSON_DECLINED;
        referral.declineNote = note;
        events.declinedByYoungPerson(referral, clock.now());
        audit.record(AuditAction.DECLINE, referral);
        return referral;
    }

    /**
     * With scope {@code all} the identifiable data of this referral, and of any other referral of the same
     * NHS number at the site, is erased in the same transaction.
     */
    public Referral withdraw(UUID id, WithdrawRequest body) {
        WithdrawalScope scope = WithdrawalScope.fromWire(body == null ? null : body.scope());
        Referral referral = locked(id);
        if (referral.status == ReferralStatus.WITHDRAWN && scope.wire().equals(referral.withdrawalScope)) {
            return referral;
        }
        referral.status = Transitions.withdraw(referral.status);
        Instant now = clock.now();
        referral.withdrawnAt = now;
        referral.withdrawalScope = scope.wire();
        events.withdrawn(referral);
        audit.record(AuditAction.WITHDRAW, referral);
        if (scope == WithdrawalScope.ALL) {
            // Earlier or declined referrals of the same young person hold the same identifiers.
            for (Referral sameYoungPerson : Referral.othersOfTheSameYoungPerson(referral)) {
                erase(sameYoungPerson, now);
            }
            erase(referral, now);
        }
        return referral;
    }

    private void erase(Referral referral, Instant now) {
        referral.erase(now);
        IdempotencyKey.forgetFingerprintsOf(referral.id);
        audit.record(AuditAction.ERASE, referral);
    }

    public Referral close(UUID id, CloseRequest body) {
        CloseReason reason = CloseReason.fromWire(body == null ? null : body.reason());
        Referral referral = locked(id);
        if (referral.status == ReferralStatus.CLOSED && reason.wire().equals(referral.closeReason)) {
            return referral;
        }
        referral.status = Transitions.close(referral.status);
        referral.closedAt = clock.now();
        referral.closeReason = reason.wire();
        events.closed(referral);
        audit.record(AuditAction.CLOSE, referral);
        return referral;
    }

    private static Referral locked(UUID id) {
        return Referral.findForUpdate(id).orElseThrow(() -> Problem.notFound("No referral with this id at this site."));
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
