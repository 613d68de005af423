package org.pathway.referral.events;

import java.time.Instant;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.events.ReferralDeclined;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.referral.domain.DeclineReason;
import org.pathway.referral.domain.Referral;

/**
 * The event contracts built from a referral. Only the pseudonym and coarse attributes are read here:
 * this class is where "no event carries an identifier" is decided, so it never touches a name,
 * NHS number, date of birth, full postcode or contact detail.
 */
public final class ReferralEventMapper {

    /** NHS Data Dictionary "not known", for a trust that did not state an ethnic category. */
    static final String ETHNIC_CATEGORY_NOT_KNOWN = "99";
    /**
     * {@code referrerOrganisationCode} of a comparison participant registered by the site without a referring
     * organisation (the contract requires a code; the referral itself stores none).
     */
    public static final String NO_REFERRER = "NONE";

    private ReferralEventMapper() {
    }

    /** For a comparison participant, {@code referredAt} is the day the site registered them. */
    public static ReferralReceived received(Referral referral) {
        return new ReferralReceived(referral.participantId, referral.id, referral.referredAt,
                referral.waitingListSince, referral.ageAtReferral, referral.gender, ethnicCategory(referral),
                referral.postcodeDistrict, null, referral.presentingNeedList(), referral.severity,
                referral.languagePreference, referrerOrganisationCode(referral), referral.arm.wire());
    }

    public static ReferralAccepted accepted(Referral referral) {
        return new ReferralAccepted(referral.participantId, referral.id, referral.referredAt, referral.receivedAt,
                ReferralAccepted.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING, referral.ageAtReferral, referral.gender,
                ethnicCategory(referral), referral.postcodeDistrict, null, referral.presentingNeedList(),
                referral.languagePreference, referral.interestList(), referral.accessibilityNeedList(),
                Boolean.TRUE.equals(referral.consentResearch), referral.arm.wire());
    }

    /** Declined at intake by an eligibility rule, or later by the young person (with its SNOMED code). */
    public static ReferralDeclined declined(Referral referral, DeclineReason reason, Instant declinedAt) {
        String snomed = reason == DeclineReason.YOUNG_PERSON_DECLINED
                ? ReferralDeclined.SNOMED_SOCIAL_PRESCRIBING_DECLINED : null;
        return new ReferralDeclined(referral.participantId, referral.id, referral.referredAt, declinedAt,
                reason.name(), snomed);
    }

    public static ReferralContacted contacted(Referral referral) {
        return new ReferralContacted(referral.participantId, referral.id, referral.contactedAt,
                referral.contactMethod);
    }

    public static ReferralWithdrawn withdrawn(Referral referral) {
        return new ReferralWithdrawn(referral.participantId, referral.id, referral.withdrawnAt,
                referral.withdrawalScope);
    }

    public static ReferralClosed closed(Referral referral) {
        return new ReferralClosed(referral.participantId, referral.id, referral.closedAt, referral.closeReason);
    }

    /** The event contract requires an organisation code; a comparison participant may have been registered without. */
    private static String referrerOrganisationCode(Referral referral) {
        return referral.referrerOrganisationCode == null ? NO_REFERRER : referral.referrerOrganisationCode;
    }

    private static String ethnicCategory(Referral referral) {
        return referral.ethnicCategory == null ? ETHNIC_CATEGORY_NOT_KNOWN : referral.ethnicCategory;
    }
}
