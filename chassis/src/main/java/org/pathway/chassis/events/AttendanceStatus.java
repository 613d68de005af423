package org.pathway.chassis.events;

import java.util.Optional;

/** How a provider reported one activity session (the attendance webhook's and event's {@code status}). */
public enum AttendanceStatus {
    ATTENDED("attended"),
    MISSED("missed"),
    /** The provider cancelled the session: it was never offered. */
    CANCELLED("cancelled");

    private final String wire;

    AttendanceStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The exact, lower-case wire value; anything else (including null) is empty. */
    public static Optional<AttendanceStatus> fromWire(String value) {
        return WireValues.find(AttendanceStatus.class, AttendanceStatus::wire, value);
    }
}
