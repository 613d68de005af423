package org.pathway.referral.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.domain.IdempotencyKey;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.ReferralLifecycle;
import org.pathway.referral.domain.ReferralStore;

/**
 * {@code reason: update}. BaRS cancels a referral by sending it again with ServiceRequest {@code status: revoked}:
 * that withdraws it with scope {@code future} (nothing new is collected; what was recorded stays), as the site's
 * own withdraw does. Any other update is refused: once received, a referral is the site's to change. The request
 * id is kept with the referral in the same transaction, so a repeat answers the same and a reuse is a 409.
 */
@ApplicationScoped
public class BarsCancellation {

    private final ReferralStore referrals;
    private final ReferralLifecycle lifecycle;
    private final PathwayClock clock;

    public BarsCancellation(ReferralStore referrals, ReferralLifecycle lifecycle, PathwayClock clock) {
        this.referrals = referrals;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Transactional
    public Referral cancel(BarsMessage message, String key, String fingerprint) {
        if (message.serviceRequest().getStatus() != ServiceRequest.ServiceRequestStatus.REVOKED) {
            throw FhirFailure.unprocessable(List.of(new FhirIssue(message.serviceRequestPath() + ".status",
                    "an update can only cancel a referral (status revoked); the site makes every other change")));
        }
        Optional<IdempotencyKey> known = IdempotencyKey.findByIdOptional(key);
        if (known.isPresent()) {
            if (!fingerprint.equals(known.get().requestFingerprint)) {
                throw FhirFailure.conflict("X-Request-Id was already used for a different message.");
            }
            return referrals.findByIdOptional(known.get().referralId).orElseThrow();
        }
        Referral referral = referrals.findByExternalReference(message.referralReference())
                .orElseThrow(() -> FhirFailure.unprocessable(List.of(new FhirIssue(
                        "Bundle.entry.where(resource = %focus).fullUrl",
                        "no referral with this ServiceRequest was received at this site"))));
        String sender = BarsReferralMapper.referrer(message).organisationCode();
        if (sender == null || !sender.equals(referral.referrerOrganisationCode)) {
            throw FhirFailure.forbidden("Only the organisation that made a referral may cancel it.");
        }
        Referral withdrawn = lifecycle.withdraw(referral.id, WithdrawalScope.FUTURE);
        IdempotencyKey.of(key, fingerprint, withdrawn.id, clock.now()).persist();
        return withdrawn;
    }
}
