package org.pathway.engagement.domain;

import java.util.Optional;
import org.pathway.chassis.events.WireValue;

/** How a link-worker session took place. */
public enum SessionMode implements WireValue {
    PHONE("phone"),
    VIDEO("video"),
    IN_PERSON("in-person"),
    TEXT("text");

    private final String wire;

    SessionMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Optional<SessionMode> fromWire(String value) {
        return WireValue.fromWire(SessionMode.class, value);
    }
}
