package org.pathway.referral.api;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.referral.domain.Consent;
import org.pathway.referral.domain.EthnicCategory;
import org.pathway.referral.domain.NewReferral;
import org.pathway.referral.domain.NhsNumber;
import org.pathway.referral.domain.Postcodes;
import org.pathway.referral.domain.Referrer;
import org.pathway.referral.domain.Vocabulary;
import org.pathway.referral.domain.YoungPerson;

/**
 * Field rules for a new referral (the 422 cases of API.md), and the checked request as intake's
 * {@link NewReferral}. Eligibility is separate: a valid referral can still be declined, an invalid one is
 * never stored.
 */
public final class ReferralRequestValidator {

    public static final int MAX_NAME = 100;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_EXTERNAL_REFERENCE = 64;
    public static final int MAX_LIST_ITEMS = 20;
    /** ODS organisation codes: upper-case letters and digits, as the event contract requires. */
    public static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    /** A postcode district as the event contract carries it (outward code, e.g. N1, SW1A, CF10). */
    static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    public static final int MAX_PHONE = 32;
    public static final int MAX_RELATIONSHIP = 50;
    public static final int MAX_LIST_ITEM = 100;
    /**
     * No date in a referral is older: it keeps impossible dates (year -999999999, which PostgreSQL
     * cannot store and answered with a 500) out, and a birth or referral before 1900 is a typing error.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private ReferralRequestValidator() {
    }

    /** The referral intake takes, or a 422 naming every invalid field; {@code today} is the date at the site. */
    public static NewReferral toNewReferral(ReferralRequest request, LocalDate today) {
        List<FieldError> errors = validate(request, today);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        ReferralRequest.YoungPerson person = request.youngPerson();
        ReferralRequest.Consent consent = request.consent();
        return new NewReferral(request.externalReference(), request.referredAt(), request.waitingListSince(),
                new Referrer(request.referrer().organisationCode(), request.referrer().name(),
                        request.referrer().email()),
                new YoungPerson(person.nhsNumber(), person.givenName(),
                        person.familyName(), person.dateOfBirth(), person.gender(), person.ethnicCategory(),
                        person.postcode(), person.languagePreference(),
                        person.contact() == null ? null : new YoungPerson.Contact(
                                person.contact().phone(), person.contact().email()),
                        person.guardian() == null ? null : new YoungPerson.Guardian(
                                person.guardian().name(), person.guardian().phone(), person.guardian().relationship())),
                request.presentingNeeds(), request.severity(), request.riskLevel(),
                new Consent(consent.youngPerson(), consent.guardian(),
                        consent.gillickCompetent(), consent.research()),
                request.interests(), request.accessibilityNeeds(), request.notes());
    }

    /** Every invalid field, or an empty list; {@code today} is the service's date at the site. */
    public static List<FieldError> validate(ReferralRequest request, LocalDate today) {
        FieldChecks checks = new FieldChecks();
        if (request == null) {
            checks.fail("", "a referral body is required");
            return checks.errors();
        }
        checks.requiredText("externalReference", request.externalReference(), MAX_EXTERNAL_REFERENCE);
        boolean referredAtUsable = checks.present("referredAt", request.referredAt())
                && notAfter(checks, "referredAt", request.referredAt(), today, "must not be in the future")
                && notTooEarly(checks, "referredAt", request.referredAt());
        if (request.waitingListSince() != null && notTooEarly(checks, "waitingListSince", request.waitingListSince())
                && referredAtUsable) {
            notAfter(checks, "waitingListSince", request.waitingListSince(), request.referredAt(),
                    "must not be after referredAt");
        }
        referrer(checks, request.referrer());
        youngPerson(checks, request.youngPerson(), referredAtUsable ? request.referredAt() : null, today);
        presentingNeeds(checks, request.presentingNeeds());
        checks.requiredOneOf("severity", request.severity(), Vocabulary.SEVERITIES);
        checks.requiredOneOf("riskLevel", request.riskLevel(), Vocabulary.RISK_LEVELS);
        consent(checks, request.consent());
        checks.textItems("interests", request.interests(), MAX_LIST_ITEMS, MAX_LIST_ITEM);
        checks.textItems("accessibilityNeeds", request.accessibilityNeeds(), MAX_LIST_ITEMS, MAX_LIST_ITEM);
        checks.maxLength("notes", request.notes(), MAX_NOTES);
        return checks.errors();
    }

    private static void referrer(FieldChecks checks, ReferralRequest.Referrer referrer) {
        if (!checks.present("referrer", referrer)) {
            return;
        }
        if (checks.present("referrer.organisationCode", referrer.organisationCode())
                && !ORGANISATION_CODE.matcher(referrer.organisationCode()).matches()) {
            checks.fail("referrer.organisationCode", "must be an ODS code: 3 to 10 upper-case letters or digits");
        }
        checks.maxLength("referrer.name", referrer.name(), MAX_NAME);
        checks.email("referrer.email", referrer.email());
    }

    private static void youngPerson(FieldChecks checks, ReferralRequest.YoungPerson person, LocalDate referredAt, LocalDate today) {
        if (!checks.present("youngPerson", person)) {
            return;
        }
        if (checks.present("youngPerson.nhsNumber", person.nhsNumber()) && !NhsNumber.isValid(person.nhsNumber())) {
            checks.fail("youngPerson.nhsNumber", "must be 10 digits with a valid modulus 11 check digit");
        }
        checks.requiredText("youngPerson.givenName", person.givenName(), MAX_NAME);
        checks.requiredText("youngPerson.familyName", person.familyName(), MAX_NAME);
        dateOfBirth(checks, person.dateOfBirth(), referredAt, today);
        checks.requiredOneOf("youngPerson.gender", person.gender(), Vocabulary.GENDERS);
        if (person.ethnicCategory() != null && !EthnicCategory.isValid(person.ethnicCategory())) {
            checks.fail("youngPerson.ethnicCategory", "must be an NHS Data Dictionary ethnic category code");
        }
        if (checks.present("youngPerson.postcode", person.postcode())) {
            if (!Postcodes.isValidUk(person.postcode())) {
                checks.fail("youngPerson.postcode", "must be a UK postcode");
            } else if (!DISTRICT.matcher(Postcodes.district(person.postcode())).matches()) {
                // GIR 0AA is a valid postcode but no one's home, and its outward code fits no event's district.
                checks.fail("youngPerson.postcode", "must be a residential UK postcode");
            }
        }
        checks.requiredOneOf("youngPerson.languagePreference", person.languagePreference(), Vocabulary.LANGUAGES);
        contact(checks, person.contact());
        guardian(checks, person.guardian());
    }

    private static void dateOfBirth(FieldChecks checks, LocalDate dateOfBirth, LocalDate referredAt, LocalDate today) {
        String field = "youngPerson.dateOfBirth";
        if (checks.present(field, dateOfBirth)
                && notAfter(checks, field, dateOfBirth, today, "must not be in the future")
                && notTooEarly(checks, field, dateOfBirth)
                && referredAt != null && !dateOfBirth.isBefore(referredAt)) {
            checks.fail(field, "must be before referredAt");
        }
    }

    private static void contact(FieldChecks checks, ReferralRequest.Contact contact) {
        if (contact == null) {
            return;
        }
        checks.maxLength("youngPerson.contact.phone", contact.phone(), MAX_PHONE);
        checks.email("youngPerson.contact.email", contact.email());
    }

    private static void guardian(FieldChecks checks, ReferralRequest.Guardian guardian) {
        if (guardian == null) {
            return;
        }
        checks.maxLength("youngPerson.guardian.name", guardian.name(), MAX_NAME);
        checks.maxLength("youngPerson.guardian.phone", guardian.phone(), MAX_PHONE);
        checks.requiredText("youngPerson.guardian.relationship", guardian.relationship(), MAX_RELATIONSHIP);
    }

    private static void presentingNeeds(FieldChecks checks, List<String> needs) {
        String field = "presentingNeeds";
        if (needs == null || needs.isEmpty()) {
            checks.fail(field, "must name at least one need");
            return;
        }
        if (!checks.maxItems(field, needs, MAX_LIST_ITEMS)) {
            return;
        }
        for (int i = 0; i < needs.size(); i++) {
            checks.requiredOneOf(field + "[" + i + "]", needs.get(i), Vocabulary.PRESENTING_NEEDS);
        }
    }

    private static void consent(FieldChecks checks, ReferralRequest.Consent consent) {
        if (!checks.present("consent", consent)) {
            return;
        }
        checks.present("consent.youngPerson", consent.youngPerson());
        checks.present("consent.guardian", consent.guardian());
    }

    private static boolean notTooEarly(FieldChecks checks, String field, LocalDate date) {
        if (date.isBefore(EARLIEST_DATE)) {
            checks.fail(field, "must not be before " + EARLIEST_DATE);
            return false;
        }
        return true;
    }

    private static boolean notAfter(FieldChecks checks, String field, LocalDate date, LocalDate limit, String message) {
        if (date.isAfter(limit)) {
            checks.fail(field, message);
            return false;
        }
        return true;
    }
}
