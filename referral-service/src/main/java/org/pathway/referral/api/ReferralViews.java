package org.pathway.referral.api;

import java.util.Arrays;
import java.util.List;
import org.pathway.referral.api.dto.AuditEntryView;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.api.dto.ReferralSummary;
import org.pathway.referral.api.dto.ReferralView;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.security.AuditEntry;

/** Stored referral and audit rows to response bodies. */
final class ReferralViews {

    private ReferralViews() {
    }

    static ReferralSummary summary(Referral r) {
        return new ReferralSummary(r.id, r.participantId, r.status.name(), name(r.declineReason), r.referredAt,
                r.waitingListSince, r.receivedAt, r.contactedAt, r.closedAt, r.withdrawnAt, r.erasedAt,
                r.referrerOrganisationCode, r.ageAtReferral, r.gender, r.ethnicCategory, r.postcodeDistrict,
                r.languagePreference, r.presentingNeedList(), r.severity, r.riskLevel);
    }

    static ReferralView view(Referral r, String siteId) {
        ReferralRequest.YoungPerson youngPerson = new ReferralRequest.YoungPerson(r.nhsNumber, r.givenName,
                r.familyName, r.dateOfBirth, r.gender, r.ethnicCategory, r.postcode, r.languagePreference,
                new ReferralRequest.Contact(r.contactPhone, r.contactEmail),
                new ReferralRequest.Guardian(r.guardianName, r.guardianPhone, r.guardianRelationship));
        return new ReferralView(r.id, r.participantId, siteId, r.externalReference, r.status.name(),
                name(r.declineReason), r.referredAt, r.waitingListSince, r.receivedAt, r.contactedAt,
                r.contactMethod, r.closedAt, r.closeReason, r.withdrawnAt, r.withdrawalScope, r.erasedAt,
                new ReferralRequest.Referrer(r.referrerOrganisationCode, r.referrerName, r.referrerEmail),
                youngPerson, r.ageAtReferral, r.postcodeDistrict, r.presentingNeedList(), r.severity, r.riskLevel,
                new ReferralRequest.Consent(r.consentYoungPerson, r.consentGuardian, r.consentGillickCompetent,
                        r.consentResearch),
                r.interestList(), r.accessibilityNeedList(), r.notes);
    }

    static AuditEntryView audit(AuditEntry e) {
        List<String> roles = e.roles.isEmpty() ? List.of() : Arrays.asList(e.roles.split(","));
        return new AuditEntryView(e.id, e.at, e.actor, roles, e.siteId, e.referralId, e.participantId,
                e.action.name());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
