package org.pathway.reporting.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Dates of facts are compared in UTC, the zone of every event time. */
final class FactDates {

    private FactDates() {
    }

    static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Whether a fact dated {@code date} comes after a withdrawal at {@code withdrawnAt}: days after it only. */
    static boolean after(LocalDate date, Instant withdrawnAt) {
        return date != null && date.isAfter(utcDate(withdrawnAt));
    }

    static boolean after(Instant time, Instant withdrawnAt) {
        return time != null && time.isAfter(withdrawnAt);
    }
}
