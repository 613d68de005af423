package org.pathway.chassis.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One activity session as the provider reported it.
 *
 * @param providerEventId the provider's own event id, unique per provider (replays are duplicates)
 * @param status {@code attended|missed|cancelled}; cancelled means the provider cancelled
 * @param costPerSessionPence the placement's cost per session when the session took place
 */
public record AttendanceRecorded(
        String participantId,
        UUID placementId,
        String providerId,
        String providerEventId,
        LocalDate sessionDate,
        String status,
        int costPerSessionPence,
        Instant recordedAt) implements PathwayEvent {
}
