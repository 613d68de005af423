package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.pathway.chassis.events.WithdrawalScope;

/**
 * What the service holds about one participant besides their records.
 *
 * @param status         empty while not yet connected
 * @param placedSince    start of the current (continuous) placement; null when not placed
 * @param withdrawnScope null unless the participant withdrew consent
 */
public record ParticipantState(String participantId, Optional<EngagementStatus> status, LocalDate placedSince,
                               boolean closed, WithdrawalScope withdrawnScope) {

    public boolean withdrawn() {
        return withdrawnScope != null;
    }

    /** The 28-day clock only runs for someone placed who has neither left nor withdrawn from the pathway. */
    public boolean placedAndActive() {
        return placedSince != null && !closed && !withdrawn();
    }
}
