package org.pathway.local.bench;

import java.util.Locale;

/**
 * A figure next to the ceiling it is compared with, measured in the same run. For a throughput the ratio is
 * figure / ceiling (1.0 = as fast as the ceiling); for a latency it is figure / ceiling too (how many times the
 * ceiling's latency it takes).
 */
record Comparison(String figure, String ceiling, Kind kind, double value, double ceilingValue) {

    enum Kind {
        /** per second; higher is better */
        THROUGHPUT,
        /** milliseconds; lower is better */
        LATENCY
    }

    double ratio() {
        return ceilingValue == 0 ? Double.NaN : value / ceilingValue;
    }

    String text() {
        if (Double.isNaN(ratio())) {
            return figure + ": no " + ceiling + " to compare with";
        }
        return switch (kind) {
            case THROUGHPUT -> String.format(Locale.ROOT, "%s = %s of %s (%s/s vs %s/s)", figure, Format.percent(ratio()),
                    ceiling, Format.rate(value), Format.rate(ceilingValue));
            case LATENCY -> String.format(Locale.ROOT, "%s = %s %s (%s ms vs %s ms)", figure, Format.times(ratio()), ceiling,
                    Format.ms(value), Format.ms(ceilingValue));
        };
    }
}
