package org.pathway.reporting.domain.suppression;

/** A published cell that may be withheld: when {@link #suppressed()} the value is null. */
public interface Suppressible {

    Number value();

    boolean suppressed();
}
