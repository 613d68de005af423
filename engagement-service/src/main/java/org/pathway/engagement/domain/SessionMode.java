package org.pathway.engagement.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a link-worker session took place. */
public enum SessionMode {
    PHONE("phone"),
    VIDEO("video"),
    IN_PERSON("in-person"),
    TEXT("text");

    private final String wire;

    SessionMode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<SessionMode> fromWire(String value) {
        return Arrays.stream(values()).filter(m -> m.wire.equals(value)).findFirst();
    }
}
