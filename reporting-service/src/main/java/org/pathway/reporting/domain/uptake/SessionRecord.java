package org.pathway.reporting.domain.uptake;

import java.time.LocalDate;

import org.pathway.chassis.events.AttendanceStatus;

/** One activity session of a placed participant, as the provider reported it. */
public record SessionRecord(LocalDate sessionDate, AttendanceStatus status) {

    public SessionRecord {
        if (sessionDate == null || status == null) {
            throw new IllegalArgumentException("a session needs a date and a status");
        }
    }
}
