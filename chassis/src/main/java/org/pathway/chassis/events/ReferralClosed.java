package org.pathway.chassis.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The young person left the pathway.
 *
 * @param reason {@code camhs-treatment-started|completed|moved-away|no-longer-wants|other}
 */
public record ReferralClosed(
        String participantId,
        UUID referralId,
        Instant closedAt,
        String reason) implements PathwayEvent {
}
