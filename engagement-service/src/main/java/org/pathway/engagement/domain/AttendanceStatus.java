package org.pathway.engagement.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a provider reported for one session; {@link #CANCELLED} means the provider cancelled it. */
public enum AttendanceStatus {
    ATTENDED("attended"),
    MISSED("missed"),
    CANCELLED("cancelled");

    private final String wire;

    AttendanceStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Exact, lower-case wire value; anything else is empty. */
    public static Optional<AttendanceStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }
}
