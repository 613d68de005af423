package org.pathway.referral.domain;

/** How the link worker first reached the young person (the contact body's {@code method}); spelled on the wire by {@link WireValues}. */
public enum ContactMethod {
    PHONE,
    VIDEO,
    IN_PERSON,
    TEXT
}
