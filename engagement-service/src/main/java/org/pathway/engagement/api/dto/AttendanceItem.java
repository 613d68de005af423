package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One reported session. {@code eventId} is the provider's idempotency key; {@code status} is
 * {@code attended}, {@code missed} or {@code cancelled} (the provider cancelled the session).
 */
public record AttendanceItem(String eventId, UUID placementId, LocalDate sessionDate, String status) {
}
