package org.pathway.referral.domain;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathway.chassis.problem.Problem;

/** Parsing of lower-case wire values into enums; an unknown or missing value is a 422 on its field. */
final class WireValues {

    private WireValues() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, Function<E, String> wire, String field, String value) {
        E[] constants = type.getEnumConstants();
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, "is required");
        }
        return Arrays.stream(constants)
                .filter(constant -> wire.apply(constant).equals(value))
                .findFirst()
                .orElseThrow(() -> Problem.invalid(field, "must be one of: "
                        + Arrays.stream(constants).map(wire).collect(Collectors.joining(", "))));
    }
}
