package org.pathway.referral.api;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.geo.Postcodes;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.domain.Consent;
import org.pathway.referral.domain.NewReferral;
import org.pathway.referral.domain.Referrer;
import org.pathway.referral.domain.Vocabulary;
import org.pathway.referral.domain.YoungPerson;

/**
 * The rules of a new referral beyond its fields' own constraints (the rest of the 422 cases of API.md): values
 * from the referral vocabulary, dates in order, a residential postcode, email addresses, the items of the lists. They run once
 * the request's constraints hold, so every field they read is present and well-formed. Eligibility is separate:
 * a valid referral can still be declined, an invalid one is never stored.
 */
public final class ReferralRequestValidator {

    private static final int MAX_LIST_ITEM = 100;
    private static final String REFERRED_AT = "referredAt";
    /** A postcode district as the event contract carries it (outward code, e.g. N1, SW1A, CF10). */
    static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    private ReferralRequestValidator() {
    }

    /** The referral intake takes, or a 422 naming every field that breaks a rule. */
    public static NewReferral toNewReferral(ReferralRequest request) {
        return toNewReferral(request, Arm.PATHWAY, REFERRED_AT);
    }

    /**
     * {@link #toNewReferral(ReferralRequest)} for either arm; {@code dateField} is the name the request's date has
     * in its own body ({@code registeredOn} for a comparison registration), as error messages name it. The
     * {@code referrer} may be absent here (a comparison participant is registered by the site).
     */
    static NewReferral toNewReferral(ReferralRequest request, Arm arm, String dateField) {
        List<FieldError> errors = validate(request, dateField);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        ReferralRequest.Referrer referrer = request.referrer();
        ReferralRequest.Consent consent = request.consent();
        return new NewReferral(request.externalReference(), request.referredAt(), request.waitingListSince(),
                referrer == null ? null : new Referrer(referrer.organisationCode(), referrer.name(), referrer.email()),
                youngPerson(request.youngPerson()), request.presentingNeeds(), request.severity(),
                request.riskLevel(), new Consent(consent.youngPerson(), consent.guardian(), consent.gillickCompetent(),
                        consent.research()),
                request.interests(), request.accessibilityNeeds(), request.notes(), arm);
    }

    /** Every field that breaks a rule, or an empty list, for a request whose constraints hold. */
    public static List<FieldError> validate(ReferralRequest request) {
        return validate(request, REFERRED_AT);
    }

    private static List<FieldError> validate(ReferralRequest request, String dateField) {
        FieldChecks checks = new FieldChecks();
        if (request == null) {
            checks.fail("", "a referral body is required");
            return checks.errors();
        }
        if (request.waitingListSince() != null && request.waitingListSince().isAfter(request.referredAt())) {
            checks.fail("waitingListSince", "must not be after " + dateField);
        }
        if (request.referrer() != null) {
            checks.email("referrer.email", request.referrer().email());
        }
        youngPerson(checks, request.youngPerson(), request.referredAt(), dateField);
        for (int i = 0; i < request.presentingNeeds().size(); i++) {
            checks.requiredOneOf("presentingNeeds[" + i + "]", request.presentingNeeds().get(i),
                    Vocabulary.PRESENTING_NEEDS);
        }
        checks.oneOf("severity", request.severity(), Vocabulary.SEVERITIES);
        checks.oneOf("riskLevel", request.riskLevel(), Vocabulary.RISK_LEVELS);
        checks.textItems("interests", request.interests(), MAX_LIST_ITEM);
        checks.textItems("accessibilityNeeds", request.accessibilityNeeds(), MAX_LIST_ITEM);
        return checks.errors();
    }

    private static void youngPerson(FieldChecks checks, ReferralRequest.YoungPerson person, LocalDate date,
                                    String dateField) {
        if (!person.dateOfBirth().isBefore(date)) {
            checks.fail("youngPerson.dateOfBirth", "must be before " + dateField);
        }
        checks.oneOf("youngPerson.gender", person.gender(), Vocabulary.GENDERS);
        // GIR 0AA is a valid postcode but no one's home, and its outward code fits no event's district.
        if (!DISTRICT.matcher(Postcodes.district(person.postcode()).orElseThrow()).matches()) {
            checks.fail("youngPerson.postcode", "must be a residential UK postcode");
        }
        checks.oneOf("youngPerson.languagePreference", person.languagePreference(), Vocabulary.LANGUAGES);
        if (person.contact() != null) {
            checks.email("youngPerson.contact.email", person.contact().email());
        }
    }

    private static YoungPerson youngPerson(ReferralRequest.YoungPerson person) {
        ReferralRequest.Contact contact = person.contact();
        ReferralRequest.Guardian guardian = person.guardian();
        return new YoungPerson(person.nhsNumber(), person.givenName(), person.familyName(), person.dateOfBirth(),
                person.gender(), person.ethnicCategory(), person.postcode(), person.languagePreference(),
                contact == null ? null : new YoungPerson.Contact(contact.phone(), contact.email()),
                guardian == null ? null : new YoungPerson.Guardian(guardian.name(), guardian.phone(),
                        guardian.relationship()));
    }
}
