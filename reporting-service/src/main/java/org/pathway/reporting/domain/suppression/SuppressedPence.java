package org.pathway.reporting.domain.suppression;

/**
 * An amount of money in integer pence, withheld ({@code value} null, {@code suppressed} true) when
 * the count of participants it belongs to is withheld, since a cost shared by one or two young
 * people says what their care cost.
 */
public record SuppressedPence(Long value, boolean suppressed) implements Suppressible {

    public SuppressedPence {
        Suppressible.requireNoValueWhenWithheld(value, suppressed);
    }

    public static SuppressedPence withheld() {
        return new SuppressedPence(null, true);
    }

    /** The amount, withheld when {@code count} is; null but shown when there is no amount. */
    public static SuppressedPence of(Long pence, SuppressedCount count) {
        return count.suppressed() ? withheld() : new SuppressedPence(pence, false);
    }
}
