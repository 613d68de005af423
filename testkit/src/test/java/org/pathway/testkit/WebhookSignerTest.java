package org.pathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    /*
     * Expected signatures computed independently with OpenSSL 3, e.g.
     *   printf '%s' '1700000000.{"referralId":"r-1","status":"accepted"}' | openssl dgst -sha256 -hmac 'whsec_test_secret'
     *   printf '%s' '1700000000.' | openssl dgst -sha256 -hmac 'whsec_test_secret'
     *   printf '%s' '1712345678.{"note":"café"}' | openssl dgst -sha256 -hmac 'sécret'     (UTF-8 terminal)
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "whsec_test_secret | 1700000000 | '{\"referralId\":\"r-1\",\"status\":\"accepted\"}' | t=1700000000,v1=8cabbf2d41f43fcf1fb7fc46e45f19037a32db839d90cd76f25f953816a4b77b",
        "whsec_test_secret | 1700000000 | ''                                                | t=1700000000,v1=316b9ab98c15bfa039d243f3196acee619cf29749a91a634e6a8154e2f7b6727",
        "sécret            | 1712345678 | '{\"note\":\"café\"}'                              | t=1712345678,v1=3901980b76b365dc5b88e81f09c7b598055296815025cfd45b024e3f834de71d",
    })
    void signsTimestampDotBodyWithHmacSha256AsLowercaseHex(String secret, long unixSeconds, String body, String expected) {
        assertThat(WebhookSigner.signatureHeader(secret, unixSeconds, body)).isEqualTo(expected);
    }

    @Test
    void nowSignsWithTheCurrentUnixTime() {
        long before = Instant.now().getEpochSecond();
        String header = WebhookSigner.now("whsec_test_secret", "{}");
        long after = Instant.now().getEpochSecond();

        long t = Long.parseLong(header.substring(2, header.indexOf(',')));
        assertThat(t).isBetween(before, after);
        assertThat(header).isEqualTo(WebhookSigner.signatureHeader("whsec_test_secret", t, "{}"));
    }
}
