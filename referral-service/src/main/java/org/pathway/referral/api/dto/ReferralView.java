package org.pathway.referral.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.referral.domain.Consent;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.Referrer;
import org.pathway.referral.domain.YoungPerson;

/**
 * One referral with its identifiable record, for {@code GET /sites/{siteId}/referrals/{id}} (audited).
 * The nested parts have the request's shapes; after erasure their identifiable fields are null. {@code arm} is
 * {@code pathway} or {@code comparison}.
 */
public record ReferralView(
        UUID id,
        String participantId,
        String siteId,
        String arm,
        String externalReference,
        String status,
        String declineReason,
        LocalDate referredAt,
        LocalDate waitingListSince,
        Instant receivedAt,
        Instant contactedAt,
        String contactMethod,
        Instant closedAt,
        String closeReason,
        Instant withdrawnAt,
        String withdrawalScope,
        Instant erasedAt,
        Referrer referrer,
        YoungPerson youngPerson,
        int ageAtReferral,
        String postcodeDistrict,
        List<String> presentingNeeds,
        String severity,
        String riskLevel,
        Consent consent,
        List<String> interests,
        List<String> accessibilityNeeds,
        String notes) {

    /** Null for a comparison participant registered without the referring organisation. */
    private static Referrer referrer(Referral r) {
        return r.referrerOrganisationCode == null ? null
                : new Referrer(r.referrerOrganisationCode, r.referrerName, r.referrerEmail);
    }

    public static ReferralView of(Referral r, String siteId) {
        YoungPerson youngPerson = new YoungPerson(r.nhsNumber, r.givenName, r.familyName, r.dateOfBirth, r.gender,
                r.ethnicCategory, r.postcode, r.languagePreference,
                new YoungPerson.Contact(r.contactPhone, r.contactEmail),
                new YoungPerson.Guardian(r.guardianName, r.guardianPhone, r.guardianRelationship));
        return new ReferralView(r.id, r.participantId, siteId, r.arm.wire(), r.externalReference, r.status.name(),
                ReferralSummaryView.nameOf(r.declineReason), r.referredAt, r.waitingListSince, r.receivedAt,
                r.contactedAt, r.contactMethod, r.closedAt, r.closeReason, r.withdrawnAt, r.withdrawalScope,
                r.erasedAt, referrer(r), youngPerson,
                r.ageAtReferral, r.postcodeDistrict, r.presentingNeedList(), r.severity, r.riskLevel,
                new Consent(r.consentYoungPerson, r.consentGuardian, r.consentGillickCompetent, r.consentResearch),
                r.interestList(), r.accessibilityNeedList(), r.notes);
    }
}
