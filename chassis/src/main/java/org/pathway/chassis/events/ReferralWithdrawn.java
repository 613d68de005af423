package org.pathway.chassis.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Consent withdrawn. With scope {@code all} every consumer erases what it holds about the
 * participant; with {@code future} it stops collecting and keeps what it has.
 *
 * @param scope {@code all|future}
 */
public record ReferralWithdrawn(
        String participantId,
        UUID referralId,
        Instant withdrawnAt,
        String scope) implements PathwayEvent {
}
