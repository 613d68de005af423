package org.pathway.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.chassis.events.Arm;

/**
 * One referral at one site: the identifiable record (erased on withdrawal with scope {@code all}),
 * the pseudonym used everywhere downstream, the coarse attributes events carry, and the lifecycle.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "participant_id", nullable = false, updatable = false)
    public String participantId;
    /** {@code pathway}, or {@code comparison} for a young person registered before the pathway started at the site. */
    @Convert(converter = ArmColumn.class)
    @Column(nullable = false, updatable = false)
    public Arm arm = Arm.PATHWAY;
    @Column(name = "external_reference")
    public String externalReference;
    @Column(name = "request_fingerprint")
    public String requestFingerprint;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;
    /** The decision at intake, kept apart from {@link #status} so an idempotent replay answers as it did first. */
    @Enumerated(EnumType.STRING)
    @Column(name = "intake_status", nullable = false, updatable = false)
    public ReferralStatus intakeStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "intake_decline_reason", updatable = false)
    public DeclineReason intakeDeclineReason;

    @Column(name = "nhs_number")
    public String nhsNumber;
    @Column(name = "given_name")
    public String givenName;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String postcode;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "guardian_name")
    public String guardianName;
    @Column(name = "guardian_phone")
    public String guardianPhone;
    @Column(name = "guardian_relationship")
    public String guardianRelationship;
    @Column(name = "referrer_name")
    public String referrerName;
    @Column(name = "referrer_email")
    public String referrerEmail;
    public String notes;
    @Column(name = "decline_note")
    public String declineNote;

    /** Null only for a comparison participant registered without the referring organisation. */
    @Column(name = "referrer_organisation_code")
    public String referrerOrganisationCode;
    @Column(name = "age_at_referral", nullable = false)
    public int ageAtReferral;
    @Column(nullable = false)
    public String gender;
    @Column(name = "ethnic_category")
    public String ethnicCategory;
    @Column(name = "postcode_district", nullable = false)
    public String postcodeDistrict;
    @Column(name = "language_preference", nullable = false)
    public String languagePreference;
    @Column(name = "presenting_needs", nullable = false)
    public String[] presentingNeeds;
    @Column(nullable = false)
    public String[] interests;
    @Column(name = "accessibility_needs", nullable = false)
    public String[] accessibilityNeeds;
    @Column(nullable = false)
    public String severity;
    @Column(name = "risk_level", nullable = false)
    public String riskLevel;
    @Column(name = "consent_young_person", nullable = false)
    public boolean consentYoungPerson;
    @Column(name = "consent_guardian", nullable = false)
    public boolean consentGuardian;
    @Column(name = "consent_gillick_competent")
    public Boolean consentGillickCompetent;
    @Column(name = "consent_research")
    public Boolean consentResearch;

    @Column(name = "referred_at", nullable = false)
    public LocalDate referredAt;
    @Column(name = "waiting_list_since")
    public LocalDate waitingListSince;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "contacted_at")
    public Instant contactedAt;
    @Column(name = "contact_method")
    public String contactMethod;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "close_reason")
    public String closeReason;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawal_scope")
    public String withdrawalScope;
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Version
    public int version;

    /**
     * Removes every identifiable value (and what could link back to the trust's record), keeping the
     * pseudonym, status, dates and coarse attributes as the auditable trace of the withdrawal.
     */
    public void erase(Instant at) {
        externalReference = null;
        requestFingerprint = null;
        nhsNumber = null;
        givenName = null;
        familyName = null;
        dateOfBirth = null;
        postcode = null;
        contactPhone = null;
        contactEmail = null;
        guardianName = null;
        guardianPhone = null;
        guardianRelationship = null;
        referrerName = null;
        referrerEmail = null;
        notes = null;
        declineNote = null;
        erasedAt = at;
    }

    /** A comparison participant has no pathway offer: questionnaires only. */
    public boolean comparisonArm() {
        return arm == Arm.COMPARISON;
    }

    public List<String> presentingNeedList() {
        return List.of(presentingNeeds);
    }

    public List<String> interestList() {
        return List.of(interests);
    }

    public List<String> accessibilityNeedList() {
        return List.of(accessibilityNeeds);
    }
}
