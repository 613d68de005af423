package org.pathway.chassis.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The first link-worker contact with the young person.
 *
 * @param method {@code phone|video|in-person|text}
 */
public record ReferralContacted(
        String participantId,
        UUID referralId,
        Instant contactedAt,
        String method) implements PathwayEvent {
}
