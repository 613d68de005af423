package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.Problem;

/**
 * The site's participants: those its referral events announced. Records are kept, and engagement
 * shown, only for them; any other pseudonym, whether another site's or nobody's, is not found here.
 */
@ApplicationScoped
public class Caseload {

    private final ParticipantStateStore states;

    public Caseload(ParticipantStateStore states) {
        this.states = states;
    }

    /** A referral event of this site named the participant, and the arm when the event carries one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(String participantId, Arm arm, Instant now) {
        Participant.admit(participantId, arm, now);
    }

    /**
     * For what only the pathway offers (link-worker sessions).
     *
     * @throws Problem 404 unless the participant is one of the site's; 409 for a comparison participant
     */
    @Transactional
    public void requireOnThePathway(String participantId) {
        requireKnown(participantId);
        if (Participant.inComparisonArm(participantId)) {
            throw Refusals.comparisonParticipant();
        }
    }

    /** @throws Problem 404 unless the participant is one of the site's */
    @Transactional
    public void requireKnown(String participantId) {
        if (!Participant.isKnown(participantId)) {
            throw Refusals.unknownParticipant();
        }
    }

    /** @throws Problem 404 unless the participant is one of the site's */
    @Transactional
    public Engagement engagementOf(String participantId) {
        requireKnown(participantId);
        return states.engagementOf(participantId, Participant.<Participant>findById(participantId).arm());
    }

    /**
     * Locks the participant's state until the transaction ends, before something new is recorded about them.
     *
     * @throws Problem 404 unless the participant is one of the site's; 409 when they withdrew consent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ParticipantState lockForNewRecords(String participantId, Instant now) {
        requireKnown(participantId);
        ParticipantState state = states.lock(participantId, now);
        if (state.withdrawn()) {
            throw Refusals.withdrawn();
        }
        return state;
    }
}
