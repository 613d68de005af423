package org.pathway.engagement.domain.instruments;

import java.util.Optional;
import org.pathway.chassis.events.WireValue;

/** When an outcome measure was taken, relative to joining the pathway. */
public enum Timepoint implements WireValue {
    BASELINE("baseline"),
    THREE_MONTHS("3m"),
    SIX_MONTHS("6m");

    private final String wire;

    Timepoint(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Optional<Timepoint> fromWire(String value) {
        return WireValue.fromWire(Timepoint.class, value);
    }
}
