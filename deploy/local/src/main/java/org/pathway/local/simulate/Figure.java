package org.pathway.local.simulate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One figure of one report for one site, as the simulator's ground truth says it must be published:
 * the true value, and whether the small-number rules withhold it.
 *
 * @param truth     a whole number (counts, pence), a statistic rounded half-up to three decimals as
 *                  the reports round it, or null where the figure is undefined (no participants)
 * @param withheld  whether the report must publish it as {@code {"value": null, "suppressed": true}}
 * @param tolerance how far a statistic may differ (summation order); 0 for counts and pence
 */
record Figure(String report, String name, Number truth, boolean withheld, double tolerance) {

    /** Whether a published cell ({@code {"value", "suppressed"}}) is what the ground truth expects. */
    boolean matches(JsonNode cell) {
        if (cell == null || cell.isMissingNode() || cell.isNull()) {
            return false;
        }
        boolean suppressed = cell.path("suppressed").asBoolean(false);
        if (suppressed != withheld) {
            return false;
        }
        if (withheld) {
            return true;
        }
        JsonNode value = cell.path("value");
        if (truth == null || value.isNull() || value.isMissingNode()) {
            return truth == null && (value.isNull() || value.isMissingNode());
        }
        if (tolerance == 0) {
            return value.isIntegralNumber() ? value.asLong() == truth.longValue() && isWhole(truth)
                    : value.asDouble() == truth.doubleValue();
        }
        return Math.abs(value.asDouble() - truth.doubleValue()) <= tolerance;
    }

    /** The figure as published: the value, or "withheld". */
    static String published(JsonNode cell) {
        if (cell == null || cell.isMissingNode() || cell.isNull()) {
            return "missing";
        }
        if (cell.path("suppressed").asBoolean(false)) {
            return "withheld";
        }
        JsonNode value = cell.path("value");
        return value.isNull() || value.isMissingNode() ? "-" : value.asText();
    }

    /** The ground truth, with "(withheld)" when the report must not show it. */
    String expected() {
        String value = truth == null ? "-" : isWhole(truth) ? Long.toString(truth.longValue()) : truth.toString();
        return withheld ? value + " (withheld)" : value;
    }

    private static boolean isWhole(Number number) {
        return number instanceof Long || number instanceof Integer;
    }
}
