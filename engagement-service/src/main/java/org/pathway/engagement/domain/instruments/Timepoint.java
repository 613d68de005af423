package org.pathway.engagement.domain.instruments;

import java.util.Arrays;
import java.util.Optional;

/** When an outcome measure was taken, relative to joining the pathway. */
public enum Timepoint {
    BASELINE("baseline"),
    THREE_MONTHS("3m"),
    SIX_MONTHS("6m");

    private final String wire;

    Timepoint(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Timepoint> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
    }
}
