package org.pathway.reporting.domain.grouping;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The {@code groupBy=} dimensions of every report, each with its API wire value. */
public enum GroupBy {
    SITE("site"),
    AGE_BAND("ageBand"),
    GENDER("gender"),
    ETHNICITY("ethnicity"),
    DEPRIVATION("deprivation"),
    NEED("need");

    private final String wireValue;

    GroupBy(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /**
     * Parses a wire value. Named {@code fromString} because JAX-RS uses that method, not
     * {@code valueOf}, to convert query parameters to enums.
     *
     * @throws IllegalArgumentException for anything but an exact wire value
     */
    public static GroupBy fromString(String wireValue) {
        return Arrays.stream(values())
                .filter(groupBy -> groupBy.wireValue.equals(wireValue))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("groupBy must be one of " + wireValues()));
    }

    private static String wireValues() {
        return Arrays.stream(values()).map(GroupBy::wireValue).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
