package org.pathway.chassis.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A link-worker session took place; its minutes are costed at the site's hourly rate.
 *
 * @param mode {@code phone|video|in-person|text}
 */
public record LinkWorkerSessionRecorded(
        String participantId,
        UUID sessionId,
        LocalDate date,
        int minutes,
        String mode) implements PathwayEvent {
}
