package org.pathway.referral.domain;

/** How the link worker first reached the young person (the contact body's {@code method}). */
public enum ContactMethod {
    PHONE("phone"),
    VIDEO("video"),
    IN_PERSON("in-person"),
    TEXT("text");

    private final String wire;

    ContactMethod(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @throws org.pathway.chassis.problem.Problem 422 on field {@code method} when unknown or missing */
    public static ContactMethod fromWire(String value) {
        return WireValues.parse(ContactMethod.class, ContactMethod::wire, "method", value);
    }
}
