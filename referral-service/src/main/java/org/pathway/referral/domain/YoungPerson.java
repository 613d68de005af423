package org.pathway.referral.domain;

import java.time.LocalDate;

/** The young person's identifiable record as the trust sent it; every field is null once erased. */
public record YoungPerson(
        String nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String gender,
        String ethnicCategory,
        String postcode,
        String languagePreference,
        Contact contact,
        Guardian guardian) {

    public record Contact(String phone, String email) {
    }

    public record Guardian(String name, String phone, String relationship) {
    }
}
