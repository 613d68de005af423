package org.pathway.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.config.SiteConfig;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.events.ReferralOutbox;
import org.pathway.referral.security.AuditAction;
import org.pathway.referral.security.AuditTrail;

/**
 * One transaction of intake: find a replay in what is stored, or decide eligibility, store the referral
 * (and its idempotency key) and append its events. A concurrent twin makes the insert fail on a unique
 * constraint; {@link ReferralIntake} then runs a fresh attempt, which finds the twin.
 */
@ApplicationScoped
public class IntakeAttempt {

    private final ReferralStore referrals;
    private final CurrentSite currentSite;
    private final Sites sites;
    private final ReferralOutbox outbox;
    private final AuditTrail audit;
    private final PathwayClock clock;

    public IntakeAttempt(ReferralStore referrals, CurrentSite currentSite, Sites sites, ReferralOutbox outbox,
                         AuditTrail audit, PathwayClock clock) {
        this.referrals = referrals;
        this.currentSite = currentSite;
        this.sites = sites;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public IntakeResult run(NewReferral request, String fingerprint, Optional<String> idempotencyKey) {
        Optional<Referral> replayedByKey = replayedByKey(fingerprint, idempotencyKey);
        if (replayedByKey.isPresent()) {
            return new IntakeResult(replayedByKey.get(), true);
        }
        // One query finds both a referral with the same externalReference (a replay, or a conflict) and an active
        // referral of the same young person (a decline as a duplicate).
        String nhsNumber = request.youngPerson().nhsNumber();
        ReferralStore.IntakeMatches matches = referrals.intakeMatches(request.externalReference(), nhsNumber);
        Optional<Referral> sameReference = matches.sameReference();
        if (sameReference.isPresent()) {
            if (!fingerprint.equals(sameReference.get().requestFingerprint)) {
                throw Problem.conflict(
                        "A referral with this externalReference exists at this site with a different body.");
            }
            return new IntakeResult(sameReference.get(), true);
        }
        SiteConfig site = sites.get(currentSite.require());
        if (request.arm() == Arm.COMPARISON) {
            // After the replay lookup: a registration answered before the start date is answered the same after it.
            ComparisonWindow.require(site.pathwayStartDate(), request.referredAt());
        }
        EligibilityInput input = EligibilityInput.of(request, matches.activeFor(nhsNumber));
        Optional<DeclineReason> decline = Eligibility.decide(input, SiteRules.from(site));
        Referral referral = request.toReferral(decline, ParticipantIds.next(), fingerprint, clock.now());
        referrals.persist(referral);
        idempotencyKey.ifPresent(key -> IdempotencyKey.of(key, fingerprint, referral.id, referral.receivedAt).persist());
        // The outbox flushes these writes before it appends the events (no flush of our own), so a unique violation
        // surfaces there, before any event is written, and the retry sees a clean failure.
        outbox.intake(referral);
        audit.record(AuditAction.CREATE, referral);
        return new IntakeResult(referral, false);
    }

    private Optional<Referral> replayedByKey(String fingerprint, Optional<String> idempotencyKey) {
        // A lambda, not a method reference: Panache only implements the static finders on the entity class itself.
        Optional<IdempotencyKey> known = idempotencyKey.flatMap(key -> IdempotencyKey.findByIdOptional(key));
        if (known.isEmpty()) {
            return Optional.empty();
        }
        if (!fingerprint.equals(known.get().requestFingerprint)) {
            throw IdempotencyKeyHeader.reusedWithDifferentBody("referral");
        }
        return referrals.findByIdOptional(known.get().referralId);
    }
}
