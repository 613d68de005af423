package org.pathway.reporting.domain.suppression;

/**
 * A rate derived from two counts. {@code value} is null either because an input count was
 * suppressed ({@code suppressed} true) or because the denominator is zero ({@code suppressed} false).
 */
public record SuppressedRate(Double value, boolean suppressed) implements Suppressible {

    public SuppressedRate {
        Suppressible.requireNoValueWhenWithheld(value, suppressed);
    }

    public static SuppressedRate withheld() {
        return new SuppressedRate(null, true);
    }
}
