package org.pathway.workspace.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** referral-service's answers, as far as the pages read them (unknown fields are ignored). */
public final class Referrals {

    private Referrals() {
    }

    /** A referral as lists show it: pseudonym, status, dates and coarse attributes, no identifier. */
    public record Summary(UUID id, String participantId, String status, String declineReason, LocalDate referredAt,
                          Instant receivedAt, Instant contactedAt, int ageAtReferral, String gender,
                          String postcodeDistrict, List<String> presentingNeeds, String severity) {
    }

    /** The full record of one referral (an audited read). */
    public record Referral(UUID id, String participantId, String status, String declineReason, LocalDate referredAt,
                           LocalDate waitingListSince, Instant receivedAt, Instant contactedAt, String contactMethod,
                           Instant closedAt, String closeReason, Instant withdrawnAt, String withdrawalScope,
                           Instant erasedAt, Referrer referrer, YoungPerson youngPerson, int ageAtReferral,
                           List<String> presentingNeeds, String severity, String riskLevel, List<String> interests,
                           List<String> accessibilityNeeds, String notes) {

        public boolean isWaitingForContact() {
            return "ACCEPTED".equals(status);
        }

        public boolean isOpen() {
            return "ACCEPTED".equals(status) || "CONTACTED".equals(status);
        }
    }

    public record Referrer(String organisationCode, String name, String email) {
    }

    public record YoungPerson(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
                              String gender, String postcode, String languagePreference, Contact contact,
                              Guardian guardian) {
    }

    public record Contact(String phone, String email) {
    }

    public record Guardian(String name, String phone, String relationship) {
    }

    /** Who read or changed identifiable data, and when. */
    public record AuditEntry(String id, Instant at, String actor, List<String> roles, String referralId,
                             String participantId, String action) {
    }

    /** {@code GET /referrals/{id}/messages}: the messages back to the referrer, oldest first. */
    public record Messages(List<Message> items) {
    }

    /** One message back to the referrer and how its delivery went. */
    public record Message(String change, String state, int attempts, Instant createdAt, Instant nextAttemptAt,
                          Instant lastAttemptAt, Instant deliveredAt, Integer lastStatus) {
    }
}
