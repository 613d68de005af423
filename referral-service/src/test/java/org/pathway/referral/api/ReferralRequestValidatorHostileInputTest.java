package org.pathway.referral.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.chassis.problem.FieldError;
import org.pathway.referral.ReferralExample;

/** Text and dates PostgreSQL cannot store are refused; text that merely looks hostile is kept as it came. */
class ReferralRequestValidatorHostileInputTest {

    @ParameterizedTest(name = "{0} = {1} → 422")
    @CsvSource(delimiter = '|', value = {
            "externalReference | \"RWX-\\u0000\"",
            "youngPerson.givenName | \"Sam\\u0000\"",
            "youngPerson.familyName | \"\\uD800\"",
            "youngPerson.guardian.relationship | \"parent\\u001B[31m\"",
            "referrer.name | \"Dr \\uDC00A\"",
            "referrer.email | \"a\\u0000@nhs.net\"",
            "notes | \"line\\u0007bell\"",
            "interests[0] | \"art\\u0000\"",
            "referredAt | \"1899-12-31\"",
            "referredAt | \"-999999999-01-01\"",
            "waitingListSince | \"0001-01-01\"",
            "youngPerson.dateOfBirth | \"-4714-11-23\"",
    })
    void refusesTextAndDatesTheStoreCannotHold(String path, String json) {
        assertThat(RequestValidation.errors(ReferralExample.with(path, json)))
                .extracting(FieldError::field).containsExactly(path);
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @CsvSource(delimiter = '|', value = {
            "notes | \"two\\nlines\\tand a tab\\r\\n\"",
            "youngPerson.givenName | \"Zoë \\uD83D\\uDE00 \\u202Eevil\"",
            "youngPerson.familyName | \"1 OR 1=1; DROP TABLE referral; --\"",
            "notes | \"=cmd /C calc!A0 <script>alert(1)</script> ../../etc/passwd\"",
            "youngPerson.dateOfBirth | \"2011-04-02\"",
            "waitingListSince | \"1900-01-01\"",
    })
    void keepsOrdinaryUnicodeAndHarmlessLookingText(String path, String json) {
        assertThat(RequestValidation.errors(ReferralExample.with(path, json))).isEmpty();
    }
}
