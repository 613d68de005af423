package org.pathway.referral.domain;

/** How the link worker first reached the young person (the contact body's {@code method}). */
public enum ContactMethod implements HyphenatedWireValue {
    PHONE,
    VIDEO,
    IN_PERSON,
    TEXT
}
