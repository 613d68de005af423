package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.pathway.chassis.events.AttendanceStatus;

/** One activity session of a participant, as its provider reported it. */
public record SessionRecord(LocalDate sessionDate, AttendanceStatus status) {

    public SessionRecord {
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(status, "status");
    }
}
