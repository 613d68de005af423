package org.pathway.engagement.domain;

import java.util.Optional;

/**
 * The status to store after an evaluation. A participant who once had a status never drops back to
 * "not yet connected" (e.g. disengaged by time, then the placement ends): the events only know the
 * four statuses, and "was disengaged" stays true.
 */
public final class StatusChange {

    private StatusChange() {
    }

    public static Optional<EngagementStatus> next(Optional<EngagementStatus> previous,
                                                  Optional<EngagementStatus> evaluated) {
        return evaluated.isPresent() ? evaluated : previous;
    }
}
