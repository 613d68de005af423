package org.pathway.engagement.domain;

import org.pathway.chassis.problem.Problem;

/** The service's recurring client errors, worded once. */
public final class Refusals {

    private Refusals() {
    }

    public static Problem withdrawn() {
        return Problem.conflict("The participant has withdrawn consent; nothing new is recorded.");
    }

    /** A comparison participant answers questionnaires only: the pathway (placements, link worker) is not theirs. */
    public static Problem comparisonParticipant() {
        return Problem.conflict("The participant is in the comparison group: no pathway offer, so no link-worker "
                + "sessions are recorded; outcome measures are.");
    }

    /** The same answer whether the pseudonym belongs to another site or to nobody. */
    public static Problem unknownParticipant() {
        return Problem.notFound("No such participant.");
    }
}
