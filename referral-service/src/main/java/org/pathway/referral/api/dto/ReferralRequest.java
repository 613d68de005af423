package org.pathway.referral.api.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /sites/{siteId}/referrals}, field for field as in API.md.
 * Nothing is checked here: every field may be null so that the validator can say which are missing.
 */
public record ReferralRequest(
        String externalReference,
        LocalDate referredAt,
        LocalDate waitingListSince,
        Referrer referrer,
        YoungPerson youngPerson,
        List<String> presentingNeeds,
        String severity,
        String riskLevel,
        Consent consent,
        List<String> interests,
        List<String> accessibilityNeeds,
        String notes) {

    public record Referrer(String organisationCode, String name, String email) {
    }

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
    }

    public record Contact(String phone, String email) {
    }

    public record Guardian(String name, String phone, String relationship) {
    }

    /** Boxed so that an absent flag can be told apart from {@code false}. */
    public record Consent(Boolean youngPerson, Boolean guardian, Boolean gillickCompetent, Boolean research) {
    }
}
