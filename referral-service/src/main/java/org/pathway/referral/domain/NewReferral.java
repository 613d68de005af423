package org.pathway.referral.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.api.dto.ReferralRequest.Consent;
import org.pathway.referral.api.dto.ReferralRequest.Contact;
import org.pathway.referral.api.dto.ReferralRequest.Guardian;
import org.pathway.referral.api.dto.ReferralRequest.YoungPerson;

/** Builds the stored referral from a request that passed {@link ReferralValidator}, with intake's decision. */
public final class NewReferral {

    private NewReferral() {
    }

    public static Referral from(ReferralRequest request, EligibilityFacts facts, Optional<DeclineReason> decline,
                                String participantId, String requestFingerprint, Instant receivedAt) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.participantId = participantId;
        referral.externalReference = request.externalReference();
        referral.requestFingerprint = requestFingerprint;
        referral.status = decline.isPresent() ? ReferralStatus.DECLINED : ReferralStatus.ACCEPTED;
        referral.declineReason = decline.orElse(null);
        referral.intakeStatus = referral.status;
        referral.intakeDeclineReason = referral.declineReason;
        referral.receivedAt = receivedAt;
        referral.referredAt = request.referredAt();
        referral.waitingListSince = request.waitingListSince();

        referral.referrerOrganisationCode = request.referrer().organisationCode();
        referral.referrerName = request.referrer().name();
        referral.referrerEmail = request.referrer().email();
        youngPerson(referral, request.youngPerson());
        referral.ageAtReferral = facts.ageAtReferral();
        referral.presentingNeeds = request.presentingNeeds().stream().distinct().toArray(String[]::new);
        referral.interests = Tags.normalise(request.interests()).toArray(String[]::new);
        referral.accessibilityNeeds = Tags.normalise(request.accessibilityNeeds()).toArray(String[]::new);
        referral.severity = request.severity();
        referral.riskLevel = request.riskLevel();
        consent(referral, request.consent());
        referral.notes = request.notes();
        return referral;
    }

    private static void youngPerson(Referral referral, YoungPerson person) {
        referral.nhsNumber = person.nhsNumber();
        referral.givenName = person.givenName();
        referral.familyName = person.familyName();
        referral.dateOfBirth = person.dateOfBirth();
        referral.gender = person.gender();
        referral.ethnicCategory = person.ethnicCategory();
        referral.postcode = Postcodes.normalise(person.postcode());
        referral.postcodeDistrict = Postcodes.district(person.postcode());
        referral.languagePreference = person.languagePreference();
        Contact contact = person.contact();
        if (contact != null) {
            referral.contactPhone = contact.phone();
            referral.contactEmail = contact.email();
        }
        Guardian guardian = person.guardian();
        if (guardian != null) {
            referral.guardianName = guardian.name();
            referral.guardianPhone = guardian.phone();
            referral.guardianRelationship = guardian.relationship();
        }
    }

    private static void consent(Referral referral, Consent consent) {
        referral.consentYoungPerson = Boolean.TRUE.equals(consent.youngPerson());
        referral.consentGuardian = Boolean.TRUE.equals(consent.guardian());
        referral.consentGillickCompetent = consent.gillickCompetent();
        referral.consentResearch = consent.research();
    }
}
