package org.pathway.reporting.domain.retention;

import java.util.Arrays;
import java.util.Optional;

/**
 * The questionnaire timepoints whose completion the retention report follows, each due a number of
 * days after the participant's acceptance (a comparison participant's registration).
 */
public enum FollowUpPoint {
    BASELINE("baseline", 0),
    THREE_MONTHS("3m", 91),
    SIX_MONTHS("6m", 182);

    private final String wire;
    private final int daysAfterAcceptance;

    FollowUpPoint(String wire, int daysAfterAcceptance) {
        this.wire = wire;
        this.daysAfterAcceptance = daysAfterAcceptance;
    }

    /** As outcome measures name it: {@code baseline}, {@code 3m}, {@code 6m}. */
    public String wire() {
        return wire;
    }

    public int daysAfterAcceptance() {
        return daysAfterAcceptance;
    }

    public static Optional<FollowUpPoint> fromWire(String wire) {
        return Arrays.stream(values()).filter(point -> point.wire.equals(wire)).findFirst();
    }
}
