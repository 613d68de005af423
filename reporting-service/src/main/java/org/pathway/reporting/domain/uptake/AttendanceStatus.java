package org.pathway.reporting.domain.uptake;

import java.util.Arrays;

/** How a provider reported an activity session (the attendance webhook's {@code status}). */
public enum AttendanceStatus {
    ATTENDED("attended"),
    MISSED("missed"),
    /** The provider cancelled the session: it was never offered. */
    CANCELLED("cancelled");

    private final String wireValue;

    AttendanceStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /** @throws IllegalArgumentException for anything but an exact wire value */
    public static AttendanceStatus fromString(String wireValue) {
        return Arrays.stream(values())
                .filter(status -> status.wireValue.equals(wireValue))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("attendance status must be attended, missed or cancelled"));
    }
}
