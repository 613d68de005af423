package org.pathway.reporting.domain.grouping;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.pathway.chassis.events.WireValue;

/** The {@code groupBy=} dimensions of every report; each travels as its name in lower camel case. */
public enum GroupBy implements WireValue {
    SITE,
    AGE_BAND,
    GENDER,
    ETHNICITY,
    DEPRIVATION,
    NEED,
    /** The study arm ({@code pathway|comparison}): only the reports that compare the arms take it. */
    ARM;

    /** {@code AGE_BAND} as {@code "ageBand"}, {@code SITE} as {@code "site"}. */
    @Override
    public String wire() {
        String lower = WireValue.super.wire();
        StringBuilder camel = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '_' && i + 1 < lower.length()) {
                camel.append(Character.toUpperCase(lower.charAt(++i)));
            } else {
                camel.append(c);
            }
        }
        return camel.toString();
    }

    /**
     * Parses a wire value. Named {@code fromString} because JAX-RS uses that method, not
     * {@code valueOf}, to convert query parameters to enums.
     *
     * @throws IllegalArgumentException for anything but an exact wire value
     */
    public static GroupBy fromString(String wireValue) {
        return WireValue.fromWire(GroupBy.class, wireValue)
                .orElseThrow(() -> new IllegalArgumentException("groupBy must be one of " + wireValues()));
    }

    private static String wireValues() {
        return Arrays.stream(values()).map(GroupBy::wire).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wire();
    }
}
