package org.pathway.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.referral.api.dto.ReferralCreated;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.events.ReferralEvents;
import org.pathway.referral.security.AuditAction;
import org.pathway.referral.security.AuditTrail;

/**
 * One transaction of intake: answer a replay from what is stored, or decide eligibility, store the
 * referral (and its idempotency key) and append its events. A concurrent twin makes the insert fail
 * on a unique constraint; {@link ReferralIntake} then runs a fresh attempt, which finds the twin.
 */
@ApplicationScoped
public class IntakeAttempt {

    static final int CREATED = 201;

    private final EntityManager entityManager;
    private final CurrentSite currentSite;
    private final Sites sites;
    private final ReferralEvents events;
    private final AuditTrail audit;
    private final ReferralClock clock;

    public IntakeAttempt(EntityManager entityManager, CurrentSite currentSite, Sites sites, ReferralEvents events,
                         AuditTrail audit, ReferralClock clock) {
        this.entityManager = entityManager;
        this.currentSite = currentSite;
        this.sites = sites;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public IntakeResult run(ReferralRequest request, Optional<String> idempotencyKey, String fingerprint) {
        Optional<IntakeResult> replay = replay(request, idempotencyKey, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }
        String siteId = currentSite.require();
        boolean activeReferralExists = Referral.activeExistsFor(request.youngPerson().nhsNumber());
        EligibilityFacts facts = EligibilityFacts.from(request, activeReferralExists);
        Optional<DeclineReason> decline = Eligibility.decide(facts, SiteRules.from(sites.get(siteId)));
        Referral referral = NewReferral.from(request, facts, decline, ParticipantIds.next(), fingerprint, clock.now());
        referral.persist();
        idempotencyKey.ifPresent(key ->
                IdempotencyKey.of(key, fingerprint, referral.id, CREATED, referral.receivedAt).persist());
        // Surface a unique violation here, before events are appended, so the retry sees a clean failure.
        entityManager.flush();
        events.intake(referral);
        audit.record(AuditAction.CREATE, referral);
        return new IntakeResult(created(referral, siteId), false);
    }

    private Optional<IntakeResult> replay(ReferralRequest request, Optional<String> idempotencyKey,
                                          String fingerprint) {
        if (idempotencyKey.isPresent()) {
            Optional<IdempotencyKey> known = IdempotencyKey.findByIdOptional(idempotencyKey.get());
            if (known.isPresent()) {
                if (!fingerprint.equals(known.get().requestFingerprint)) {
                    throw Problem.conflict("This Idempotency-Key was already used for a different request.");
                }
                Referral original = Referral.findById(known.get().referralId);
                return Optional.of(new IntakeResult(created(original, currentSite.require()), true));
            }
        }
        Optional<Referral> sameReference = Referral.findByExternalReference(request.externalReference());
        if (sameReference.isPresent()) {
            if (!fingerprint.equals(sameReference.get().requestFingerprint)) {
                throw Problem.conflict(
                        "A referral with this externalReference exists at this site with a different body.");
            }
            return Optional.of(new IntakeResult(created(sameReference.get(), currentSite.require()), true));
        }
        return Optional.empty();
    }

    /** The answer as it was given at intake, whatever happened to the referral since. */
    static ReferralCreated created(Referral referral, String siteId) {
        return new ReferralCreated(referral.id, referral.participantId, siteId, referral.intakeStatus.name(),
                referral.intakeDeclineReason == null ? null : referral.intakeDeclineReason.name(),
                referral.receivedAt);
    }
}
