package org.pathway.chassis.events;

import java.time.Instant;

/**
 * The participant's derived engagement status changed.
 *
 * @param previousStatus null for the first status
 * @param status {@code CONNECTED|ENGAGED|SUSTAINED|DISENGAGED}
 */
public record EngagementChanged(
        String participantId,
        String previousStatus,
        String status,
        Instant changedAt,
        int sessionsAttended,
        int sessionsMissed) implements PathwayEvent {
}
