package org.pathway.matching.domain;

import jakarta.persistence.LockModeType;
import org.pathway.chassis.problem.Problem;

/** Looking participants up for the API: unknown is 404, withdrawn or closed is 409. */
public final class Participants {

    private Participants() {
    }

    /** The participant, locked for the rest of the transaction so a withdrawal cannot interleave. */
    static Participant requireActiveForUpdate(String participantId) {
        return requireActive(participantId, Participant.findById(participantId, LockModeType.PESSIMISTIC_WRITE));
    }

    public static Participant requireActive(String participantId) {
        return requireActive(participantId, Participant.findById(participantId));
    }

    private static Participant requireActive(String participantId, Participant participant) {
        if (participant == null) {
            if (ParticipantTombstone.exists(participantId)) {
                throw Problem.conflict("The participant has withdrawn consent.");
            }
            throw Problem.notFound("No such participant at this site.");
        }
        switch (participant.status) {
            case WITHDRAWN -> throw Problem.conflict("The participant has withdrawn consent for new activities.");
            case CLOSED -> throw Problem.conflict("The participant has left the pathway.");
            case ACTIVE -> {
                return participant;
            }
        }
        throw new IllegalStateException("unknown participant status");
    }
}
