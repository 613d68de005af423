package org.pathway.referral.domain;

import java.util.Optional;

/** How the link worker first reached the young person (the contact body's {@code method}). */
public enum ContactMethod {
    PHONE,
    VIDEO,
    IN_PERSON,
    TEXT;

    public String wire() {
        return WireValues.of(this);
    }

    public static Optional<ContactMethod> fromWire(String value) {
        return WireValues.parse(ContactMethod.class, value);
    }
}
