package org.pathway.reporting.domain.suppression;

/**
 * A statistic (mean, sd, quantile, confidence limit) published next to the count it was computed
 * from. {@code value} is null either because that count was suppressed ({@code suppressed} true) or
 * because the statistic is undefined for the data, e.g. a standard deviation of one value.
 */
public record SuppressedValue(Double value, boolean suppressed) implements Suppressible {

    public SuppressedValue {
        Suppressible.requireNoValueWhenWithheld(value, suppressed);
    }

    public static SuppressedValue withheld() {
        return new SuppressedValue(null, true);
    }
}
