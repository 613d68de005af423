package org.pathway.referral.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.geo.Postcodes;

/**
 * A referral as a trust sent it, every field already checked: what intake decides on and stores.
 * {@code contact} and {@code guardian} of the young person may be null; the lists are never null.
 * A comparison participant ({@code arm} comparison) is registered by the site: {@code referredAt} is the day it
 * was registered, and {@code externalReference} and {@code referrer} may be null.
 */
public record NewReferral(
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
        String notes,
        Arm arm) {

    public NewReferral {
        presentingNeeds = List.copyOf(presentingNeeds);
        interests = interests == null ? List.of() : List.copyOf(interests);
        accessibilityNeeds = accessibilityNeeds == null ? List.of() : List.copyOf(accessibilityNeeds);
    }

    /** Age in whole years on the referral date, as eligibility takes it. */
    public int ageAtReferral() {
        return Ages.onDate(youngPerson.dateOfBirth(), referredAt);
    }

    /**
     * The stored referral with intake's decision: the postcode normalised with its district beside it,
     * needs without repeats, interests and accessibility needs as tags.
     */
    public Referral toReferral(Optional<DeclineReason> decline, String participantId, String requestFingerprint,
                               Instant receivedAt) {
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.participantId = participantId;
        referral.arm = arm;
        referral.externalReference = externalReference;
        referral.requestFingerprint = requestFingerprint;
        referral.status = decline.isPresent() ? ReferralStatus.DECLINED : ReferralStatus.ACCEPTED;
        referral.declineReason = decline.orElse(null);
        referral.intakeStatus = referral.status;
        referral.intakeDeclineReason = referral.declineReason;
        referral.receivedAt = receivedAt;
        referral.referredAt = referredAt;
        referral.waitingListSince = waitingListSince;
        if (referrer != null) {
            referral.referrerOrganisationCode = referrer.organisationCode();
            referral.referrerName = referrer.name();
            referral.referrerEmail = referrer.email();
        }
        identify(referral, youngPerson);
        referral.ageAtReferral = ageAtReferral();
        referral.presentingNeeds = presentingNeeds.stream().distinct().toArray(String[]::new);
        referral.interests = Tags.normalise(interests).toArray(String[]::new);
        referral.accessibilityNeeds = Tags.normalise(accessibilityNeeds).toArray(String[]::new);
        referral.severity = severity;
        referral.riskLevel = riskLevel;
        referral.consentYoungPerson = consent.youngPerson();
        referral.consentGuardian = consent.guardian();
        referral.consentGillickCompetent = consent.gillickCompetent();
        referral.consentResearch = consent.research();
        referral.notes = notes;
        return referral;
    }

    private static void identify(Referral referral, YoungPerson person) {
        referral.nhsNumber = person.nhsNumber();
        referral.givenName = person.givenName();
        referral.familyName = person.familyName();
        referral.dateOfBirth = person.dateOfBirth();
        referral.gender = person.gender();
        referral.ethnicCategory = person.ethnicCategory();
        referral.postcode = Postcodes.normalise(person.postcode()).orElseThrow();
        referral.postcodeDistrict = Postcodes.district(person.postcode()).orElseThrow();
        referral.languagePreference = person.languagePreference();
        if (person.contact() != null) {
            referral.contactPhone = person.contact().phone();
            referral.contactEmail = person.contact().email();
        }
        if (person.guardian() != null) {
            referral.guardianName = person.guardian().name();
            referral.guardianPhone = person.guardian().phone();
            referral.guardianRelationship = person.guardian().relationship();
        }
    }
}
