package org.pathway.reporting.domain.suppression;

/**
 * A count as published: either shown, or withheld with {@code value} null and {@code suppressed} true.
 */
public record SuppressedCount(Integer value, boolean suppressed) implements Suppressible {

    public SuppressedCount {
        Suppressible.requireNoValueWhenWithheld(value, suppressed);
        if (!suppressed && (value == null || value < 0)) {
            throw new IllegalArgumentException("a shown count needs a non-negative value");
        }
    }

    public static SuppressedCount shown(long value) {
        return new SuppressedCount(Math.toIntExact(value), false);
    }

    public static SuppressedCount withheld() {
        return new SuppressedCount(null, true);
    }
}
