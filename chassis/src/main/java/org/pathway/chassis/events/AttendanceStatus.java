package org.pathway.chassis.events;

import java.util.Optional;

/** How a provider reported one activity session (the attendance webhook's and event's {@code status}). */
public enum AttendanceStatus implements WireValue {
    ATTENDED,
    MISSED,
    /** The provider cancelled the session: it was never offered. */
    CANCELLED;

    public static Optional<AttendanceStatus> fromWire(String value) {
        return WireValue.fromWire(AttendanceStatus.class, value);
    }
}
