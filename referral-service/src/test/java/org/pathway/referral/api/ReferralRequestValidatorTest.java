package org.pathway.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.ReferralExample.ABSENT;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.referral.ReferralExample;
import org.pathway.referral.api.dto.ReferralRequest;

/** The field errors of a referral body: its constraints, then the validator's rules (see RequestValidation). */
class ReferralRequestValidatorTest {

    @Test
    void acceptsTheApiExample() {
        assertThat(RequestValidation.errors(ReferralExample.request())).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @CsvSource(delimiter = '|', value = {
            "waitingListSince | " + ABSENT,
            "waitingListSince | \"2026-11-20\"",
            "referredAt | \"2026-11-23\"",
            "referrer.name | " + ABSENT,
            "referrer.organisationCode | \"7A1AB\"",
            "referrer.email | null",
            "youngPerson.ethnicCategory | " + ABSENT,
            "youngPerson.ethnicCategory | \"99\"",
            "youngPerson.postcode | \"n19gu\"",
            "youngPerson.postcode | \"sw1a 1aa\"",
            "youngPerson.gender | \"not-stated\"",
            "youngPerson.languagePreference | \"cy\"",
            "youngPerson.contact | " + ABSENT,
            "youngPerson.contact.email | \"sam@example.org\"",
            "youngPerson.guardian | " + ABSENT,
            "youngPerson.guardian | null",
            "presentingNeeds | [\"self-harm\", \"other\"]",
            "severity | \"severe\"",
            "riskLevel | \"high\"",
            "consent.youngPerson | false",
            "consent.gillickCompetent | true",
            "consent.research | " + ABSENT,
            "interests | " + ABSENT,
            "notes | null",
            "youngPerson.dateOfBirth | \"2026-11-19\"",
    })
    void acceptsValidVariations(String path, String json) {
        assertThat(RequestValidation.errors(ReferralExample.with(path, json))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "externalReference | " + ABSENT + " | externalReference",
            "externalReference | \"  \" | externalReference",
            "referredAt | " + ABSENT + " | referredAt",
            "referredAt | \"2026-11-24\" | referredAt",
            "waitingListSince | \"2026-11-21\" | waitingListSince",
            "referrer | " + ABSENT + " | referrer",
            "referrer.organisationCode | " + ABSENT + " | referrer.organisationCode",
            "referrer.organisationCode | \"rwx\" | referrer.organisationCode",
            "referrer.organisationCode | \"RW\" | referrer.organisationCode",
            "referrer.organisationCode | \"RWX-TRUST-01\" | referrer.organisationCode",
            "referrer.email | \"not-an-email\" | referrer.email",
            "referrer.email | \"a@b\" | referrer.email",
            "youngPerson | null | youngPerson",
            "youngPerson.nhsNumber | " + ABSENT + " | youngPerson.nhsNumber",
            "youngPerson.nhsNumber | \"9434765918\" | youngPerson.nhsNumber",
            "youngPerson.givenName | \"\" | youngPerson.givenName",
            "youngPerson.familyName | " + ABSENT + " | youngPerson.familyName",
            "youngPerson.dateOfBirth | " + ABSENT + " | youngPerson.dateOfBirth",
            "youngPerson.dateOfBirth | \"2026-11-24\" | youngPerson.dateOfBirth",
            "youngPerson.dateOfBirth | \"2026-11-20\" | youngPerson.dateOfBirth",
            "youngPerson.dateOfBirth | \"2026-11-21\" | youngPerson.dateOfBirth",
            "youngPerson.gender | \"F\" | youngPerson.gender",
            "youngPerson.gender | " + ABSENT + " | youngPerson.gender",
            "youngPerson.ethnicCategory | \"X\" | youngPerson.ethnicCategory",
            "youngPerson.ethnicCategory | \"\" | youngPerson.ethnicCategory",
            "youngPerson.postcode | \"75008\" | youngPerson.postcode",
            "youngPerson.postcode | \"GIR 0AA\" | youngPerson.postcode",
            "youngPerson.postcode | " + ABSENT + " | youngPerson.postcode",
            "youngPerson.languagePreference | \"fr\" | youngPerson.languagePreference",
            "youngPerson.languagePreference | " + ABSENT + " | youngPerson.languagePreference",
            "youngPerson.contact.email | \"sam at example\" | youngPerson.contact.email",
            "youngPerson.guardian.relationship | " + ABSENT + " | youngPerson.guardian.relationship",
            "presentingNeeds | " + ABSENT + " | presentingNeeds",
            "presentingNeeds | [] | presentingNeeds",
            "presentingNeeds[1] | \"loneliness\" | presentingNeeds[1]",
            "presentingNeeds[0] | null | presentingNeeds[0]",
            "severity | \"MODERATE\" | severity",
            "severity | " + ABSENT + " | severity",
            "riskLevel | \"none\" | riskLevel",
            "riskLevel | " + ABSENT + " | riskLevel",
            "consent | " + ABSENT + " | consent",
            "consent.youngPerson | " + ABSENT + " | consent.youngPerson",
            "consent.guardian | null | consent.guardian",
            "interests[2] | \" \" | interests[2]",
            "accessibilityNeeds[0] | \"\" | accessibilityNeeds[0]",
    })
    void reportsTheInvalidField(String path, String json, String field) {
        List<FieldError> errors = RequestValidation.errors(ReferralExample.with(path, json));

        assertThat(errors).extracting(FieldError::field).containsExactly(field);
    }

    @ParameterizedTest(name = "{0} up to {1}")
    @CsvSource({
            "externalReference, 64",
            "youngPerson.givenName, 100",
            "youngPerson.familyName, 100",
            "referrer.name, 100",
            "youngPerson.guardian.name, 100",
            "notes, 2000",
    })
    void limitsTextLength(String path, int max) {
        String atLimit = "\"" + "x".repeat(max) + "\"";
        String overLimit = "\"" + "x".repeat(max + 1) + "\"";

        assertThat(RequestValidation.errors(ReferralExample.with(path, atLimit))).isEmpty();
        assertThat(RequestValidation.errors(ReferralExample.with(path, overLimit)))
                .extracting(FieldError::field).containsExactly(path);
    }

    @ParameterizedTest(name = "{0} up to 20 items")
    @CsvSource({"presentingNeeds, \"anxiety\"", "interests, \"art\"", "accessibilityNeeds, \"step-free\""})
    void limitsListSize(String path, String item) {
        String twenty = "[" + String.join(",", Collections.nCopies(20, item)) + "]";
        String twentyOne = "[" + String.join(",", Collections.nCopies(21, item)) + "]";

        assertThat(RequestValidation.errors(ReferralExample.with(path, twenty))).isEmpty();
        assertThat(RequestValidation.errors(ReferralExample.with(path, twentyOne)))
                .extracting(FieldError::field).containsExactly(path);
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ReferralRequest empty = new ReferralRequest(null, null, null, null, null, null, null, null, null, null, null,
                null);

        assertThat(RequestValidation.errors(empty)).extracting(FieldError::field).containsExactly(
                "consent", "externalReference", "presentingNeeds", "referredAt", "referrer", "riskLevel", "severity",
                "youngPerson");
    }

    @Test
    void skipsTheReferredAtComparisonWhenReferredAtIsMissing() {
        ReferralRequest request = ReferralExample.with("referredAt", ABSENT);

        assertThat(RequestValidation.errors(request)).extracting(FieldError::field)
                .containsExactly("referredAt");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "youngPerson.nhsNumber | \"9434765918\"",
            "youngPerson.postcode | \"ZZ99 9ZZ\"",
            "youngPerson.contact.email | \"sam.taylor.at.example\"",
            "youngPerson.ethnicCategory | \"Mixed\"",
            "youngPerson.dateOfBirth | \"2027-01-01\"",
    })
    void neverEchoesTheSubmittedValue(String path, String json) {
        String submitted = json.substring(1, json.length() - 1);

        List<FieldError> errors = RequestValidation.errors(ReferralExample.with(path, json));

        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.message()).doesNotContain(submitted));
    }
}
