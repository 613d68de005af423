package org.pathway.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.referral.ReferralExample;
import org.pathway.referral.api.dto.ReferralRequest;

class RequestFingerprintTest {

    @Test
    void isTheHexSha256OfTheBytes() {
        assertThat(RequestFingerprint.of("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void ignoresKeyOrderAndWhitespace() throws Exception {
        JsonNode compact = ReferralExample.MAPPER.readTree(
                "{\"b\":1,\"a\":{\"y\":[1,2],\"x\":\"v\"}}");
        JsonNode reordered = ReferralExample.MAPPER.readTree(
                "{\n  \"a\" : { \"x\" : \"v\",\n \"y\" : [ 1, 2 ] },\n  \"b\" : 1\n}");

        assertThat(RequestFingerprint.ofJson(ReferralExample.MAPPER, reordered))
                .isEqualTo(RequestFingerprint.ofJson(ReferralExample.MAPPER, compact));
    }

    @Test
    void sameReferralParsedFromDifferentlyOrderedJsonHasTheSameFingerprint() throws Exception {
        ReferralRequest example = ReferralExample.request();
        String reordered = """
                {"notes":"Prefers weekend activities","accessibilityNeeds":[],"interests":["art","football"],
                 "consent":{"research":true,"gillickCompetent":null,"guardian":true,"youngPerson":true},
                 "riskLevel":"low","severity":"moderate","presentingNeeds":["anxiety"],
                 "youngPerson":{"guardian":{"relationship":"parent","phone":"07700900456","name":"Alex Taylor"},
                   "contact":{"email":null,"phone":"07700900123"},"languagePreference":"en","postcode":"N1 9GU",
                   "ethnicCategory":"A","gender":"female","dateOfBirth":"2011-04-02","familyName":"Taylor",
                   "givenName":"Sam","nhsNumber":"9434765919"},
                 "referrer":{"email":"a.clinician@nhs.net","name":"Dr A Clinician","organisationCode":"RWX"},
                 "waitingListSince":"2026-10-01","referredAt":"2026-11-20","externalReference":"RWX-2026-000123"}
                """;
        ReferralRequest parsed = ReferralExample.MAPPER.readValue(reordered, ReferralRequest.class);

        assertThat(RequestFingerprint.ofJson(ReferralExample.MAPPER, parsed))
                .isEqualTo(RequestFingerprint.ofJson(ReferralExample.MAPPER, example));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "notes | \"Prefers weekday activities\"",
            "referredAt | \"2026-11-19\"",
            "youngPerson.nhsNumber | \"9434765870\"",
            "consent.research | false",
            "presentingNeeds | [\"depression\"]",
            "interests | [\"football\", \"art\"]",
    })
    void changesWhenAValueChanges(String path, String json) {
        String original = RequestFingerprint.ofJson(ReferralExample.MAPPER, ReferralExample.request());

        assertThat(RequestFingerprint.ofJson(ReferralExample.MAPPER, ReferralExample.with(path, json)))
                .isNotEqualTo(original);
    }
}
