package org.pathway.matching.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.inbox.PoisonMessageException;
import org.pathway.chassis.time.PathwayClock;

/**
 * What referral events do to matching: accepted builds (or refreshes) the profile (none for a comparison
 * participant: questionnaires only, never matched or placed); withdrawn
 * with scope {@code all} erases the profile and the placements, ending the active ones first so
 * providers and reporting hear of it; {@code future} stops new placements; closed ends the
 * active placements. Runs inside the inbox's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ParticipantLifecycle {

    private static final Logger LOG = Logger.getLogger(ParticipantLifecycle.class);

    private final PlacementBooking placements;
    private final PathwayClock clock;

    public ParticipantLifecycle(PlacementBooking placements, PathwayClock clock) {
        this.placements = placements;
        this.clock = clock;
    }

    public void accepted(ReferralAccepted event) {
        if (event.comparisonArm()) {
            // A comparison participant answers questionnaires only: no profile, so no recommendations or placements.
            LOG.debug("Referral accepted in the comparison arm; no profile");
            return;
        }
        if (ParticipantTombstone.exists(event.participantId())) {
            LOG.info("Referral accepted for a participant who withdrew consent; ignored");
            return;
        }
        Participant participant = Participant.findById(event.participantId(), LockModeType.PESSIMISTIC_WRITE);
        boolean created = participant == null;
        if (created) {
            participant = new Participant();
            participant.participantId = event.participantId();
        }
        participant.age = event.ageAtReferral();
        participant.interests = event.interests();
        participant.postcodeDistrict = event.postcodeDistrict() == null
                ? null : event.postcodeDistrict().trim().toUpperCase(Locale.ROOT);
        participant.accessibilityNeeds = event.accessibilityNeeds();
        participant.languagePreference = event.languagePreference();
        participant.status = ParticipantStatus.ACTIVE;
        participant.acceptedAt = event.acceptedAt();
        participant.updatedAt = clock.now();
        if (created) {
            participant.persist();
        }
    }

    public void withdrawn(ReferralWithdrawn event) {
        String participantId = event.participantId();
        Participant participant = Participant.findById(participantId, LockModeType.PESSIMISTIC_WRITE);
        WithdrawalScope scope = WithdrawalScope.fromWire(event.scope())
                .orElseThrow(() -> new PoisonMessageException("withdrawal scope must be all or future"));
        switch (scope) {
            case ALL -> {
                placements.endAllOf(participantId, EndReasons.CONSENT_WITHDRAWN);
                Placement.ofParticipant(participantId).forEach(p -> p.delete());
                if (participant != null) {
                    participant.delete();
                }
                if (!ParticipantTombstone.exists(participantId)) {
                    ParticipantTombstone tombstone = new ParticipantTombstone();
                    tombstone.participantId = participantId;
                    tombstone.withdrawnAt = event.withdrawnAt() == null ? clock.now() : event.withdrawnAt();
                    tombstone.persist();
                }
            }
            case FUTURE -> {
                if (participant != null) {
                    participant.status = ParticipantStatus.WITHDRAWN;
                    participant.updatedAt = clock.now();
                }
            }
        }
    }

    public void closed(ReferralClosed event) {
        Participant participant = Participant.findById(event.participantId(), LockModeType.PESSIMISTIC_WRITE);
        placements.endAllOf(event.participantId(), EndReasons.REFERRAL_CLOSED);
        if (participant != null) {
            participant.status = ParticipantStatus.CLOSED;
            participant.updatedAt = clock.now();
        }
    }
}
