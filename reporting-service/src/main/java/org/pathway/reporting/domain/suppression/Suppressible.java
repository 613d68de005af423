package org.pathway.reporting.domain.suppression;

/** A published cell that may be withheld: when {@link #suppressed()} the value is null. */
public interface Suppressible {

    Number value();

    boolean suppressed();

    /** @throws IllegalArgumentException when a withheld cell carries a value, which would publish it after all */
    static void requireNoValueWhenWithheld(Number value, boolean suppressed) {
        if (suppressed && value != null) {
            throw new IllegalArgumentException("a withheld cell has no value");
        }
    }
}
