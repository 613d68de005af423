package org.pathway.chassis.events;

import java.util.Optional;

/**
 * The study arm a participant belongs to: {@code pathway} (referred and offered the pathway) or {@code comparison}
 * (on the same waiting list before the pathway started at their site; questionnaires only, no offer).
 */
public enum Arm implements WireValue {
    PATHWAY,
    COMPARISON;

    public static Optional<Arm> fromWire(String value) {
        return WireValue.fromWire(Arm.class, value);
    }

    /** The arm an event names; an event written before arms existed names none and is a pathway referral's. */
    static String orPathway(String wire) {
        return wire == null ? PATHWAY.wire() : wire;
    }
}
