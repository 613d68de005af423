package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.pathway.chassis.events.AttendanceStatus;

/** One session as a provider reported it, already checked; {@code eventId} is the provider's idempotency key. */
public record ReportedAttendance(String eventId, UUID placementId, LocalDate sessionDate, AttendanceStatus status) {

    public ReportedAttendance {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(placementId, "placementId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(status, "status");
    }
}
