package org.pathway.chassis.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {

    private static final long T = 1_700_000_000L;
    private static final Instant NOW = Instant.ofEpochSecond(T);
    private static final Duration TOLERANCE = WebhookSignature.DEFAULT_TOLERANCE;
    private static final byte[] SECRET = bytes("whsec_test");
    private static final byte[] OLD_SECRET = bytes("whsec_previous");
    private static final byte[] OTHER_SECRET = bytes("whsec_someone_else");
    private static final byte[] BODY = bytes("{\"events\":[]}");

    /** printf '%s' '1700000000.{"events":[]}' | openssl dgst -sha256 -hmac 'whsec_test' */
    private static final String OPENSSL_HEX = "4f6f9b7a41398ad124e52a1320534f978e522923f3f2b2724e31d7a9dbf78a7f";
    private static final String VALID_HEADER = "t=1700000000,v1=" + OPENSSL_HEX;

    @Test
    void signsLikeOpensslHmacOverTimestampDotBody() {
        assertThat(WebhookSignature.header(SECRET, T, BODY)).isEqualTo(VALID_HEADER);
    }

    @Test
    void signsTheSameFromTheSecretAndBodyAsText() {
        assertThat(WebhookSignature.header("whsec_test", T, "{\"events\":[]}")).isEqualTo(VALID_HEADER);
        assertThat(WebhookSignature.header("whsec_test", T, BODY)).isEqualTo(VALID_HEADER);
    }


    @Test
    void acceptsTheOpensslVectorAsSentByAProvider() {
        assertThat(WebhookSignature.verify(VALID_HEADER, BODY, List.of(SECRET), NOW, TOLERANCE))
                .isEqualTo(SignatureResult.VALID);
    }

    static Stream<Arguments> cases() {
        String otherSignature = WebhookSignature.header(OTHER_SECRET, T, BODY).substring("t=1700000000,".length());
        return Stream.of(
                Arguments.of("valid", VALID_HEADER, BODY, List.of(SECRET), NOW, SignatureResult.VALID),
                Arguments.of("wrong secret", VALID_HEADER, BODY, List.of(OTHER_SECRET), NOW, SignatureResult.MISMATCH),
                Arguments.of("no secret configured", VALID_HEADER, BODY, List.of(), NOW, SignatureResult.MISMATCH),
                Arguments.of("empty secret skipped", VALID_HEADER, BODY, List.of(new byte[0]), NOW,
                        SignatureResult.MISMATCH),
                Arguments.of("tampered body", VALID_HEADER, bytes("{\"events\":[ ]}"), List.of(SECRET), NOW,
                        SignatureResult.MISMATCH),
                Arguments.of("timestamp changed after signing", "t=1700000001,v1=" + OPENSSL_HEX, BODY,
                        List.of(SECRET), NOW, SignatureResult.MISMATCH),
                Arguments.of("stale: 301 s old", VALID_HEADER, BODY, List.of(SECRET), NOW.plusSeconds(301),
                        SignatureResult.STALE),
                Arguments.of("stale: 301 s in the future", VALID_HEADER, BODY, List.of(SECRET),
                        NOW.minusSeconds(301), SignatureResult.STALE),
                Arguments.of("stale by a fraction of a second", VALID_HEADER, BODY, List.of(SECRET),
                        NOW.plusSeconds(300).plusMillis(1), SignatureResult.STALE),
                Arguments.of("exactly 300 s old", VALID_HEADER, BODY, List.of(SECRET), NOW.plusSeconds(300),
                        SignatureResult.VALID),
                Arguments.of("exactly 300 s ahead", VALID_HEADER, BODY, List.of(SECRET), NOW.minusSeconds(300),
                        SignatureResult.VALID),
                Arguments.of("forged and stale reports mismatch", VALID_HEADER, BODY, List.of(OTHER_SECRET),
                        NOW.plusSeconds(3600), SignatureResult.MISMATCH),
                Arguments.of("signed with previous secret during rotation",
                        WebhookSignature.header(OLD_SECRET, T, BODY), BODY, List.of(SECRET, OLD_SECRET), NOW,
                        SignatureResult.VALID),
                Arguments.of("previous secret no longer a candidate", WebhookSignature.header(OLD_SECRET, T, BODY),
                        BODY, List.of(SECRET), NOW, SignatureResult.MISMATCH),
                Arguments.of("several v1, second matches", "t=1700000000," + otherSignature + ",v1=" + OPENSSL_HEX,
                        BODY, List.of(SECRET), NOW, SignatureResult.VALID),
                Arguments.of("several v1, none matches", "t=1700000000," + otherSignature + "," + otherSignature,
                        BODY, List.of(SECRET), NOW, SignatureResult.MISMATCH),
                Arguments.of("spaces around entries", " t = 1700000000 , v1 = " + OPENSSL_HEX + " ", BODY,
                        List.of(SECRET), NOW, SignatureResult.VALID),
                Arguments.of("upper-case hex", "t=1700000000,v1=" + OPENSSL_HEX.toUpperCase(), BODY,
                        List.of(SECRET), NOW, SignatureResult.VALID),
                Arguments.of("unknown scheme ignored", "t=1700000000,v0=abc,v1=" + OPENSSL_HEX, BODY,
                        List.of(SECRET), NOW, SignatureResult.VALID),
                Arguments.of("entries in any order", "v1=" + OPENSSL_HEX + ",t=1700000000", BODY,
                        List.of(SECRET), NOW, SignatureResult.VALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verifiesSignatureAndTimestamp(String name, String header, byte[] body, List<byte[]> secrets,
                                       Instant now, SignatureResult expected) {
        assertThat(WebhookSignature.verify(header, body, secrets, now, TOLERANCE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void reportsMissingHeader(String header) {
        assertThat(WebhookSignature.verify(header, BODY, List.of(SECRET), NOW, TOLERANCE))
                .isEqualTo(SignatureResult.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "garbage",
        "t=1700000000",
        "v1=" + OPENSSL_HEX,
        "t=,v1=" + OPENSSL_HEX,
        "t=abc,v1=" + OPENSSL_HEX,
        "t=-1700000000,v1=" + OPENSSL_HEX,
        "t=1700000000.5,v1=" + OPENSSL_HEX,
        "t=99999999999999999999,v1=" + OPENSSL_HEX,
        "t=1700000000,t=1700000000,v1=" + OPENSSL_HEX,
        "t=1700000000,v1=",
        "t=1700000000,v1=xyz",
        "t=1700000000,v1=" + OPENSSL_HEX + "00",
        "t=1700000000,v1=4f6f9b7a41398ad124e52a1320534f978e522923f3f2b2724e31d7a9dbf78a7",
        "t=1700000000,v1=" + OPENSSL_HEX + ",v1=nothex",
        "t=1700000000;v1=" + OPENSSL_HEX,
        "t=1700000000,,v1=" + OPENSSL_HEX,
        "t=1700000000,=x,v1=" + OPENSSL_HEX,
        "t=1700000000,v1=" + OPENSSL_HEX + ","
    })
    void reportsMalformedHeader(String header) {
        assertThat(WebhookSignature.verify(header, BODY, List.of(SECRET), NOW, TOLERANCE))
                .isEqualTo(SignatureResult.MALFORMED);
    }

    @Test
    void refusesOversizedHeaderWithoutParsingIt() {
        String header = VALID_HEADER + ",v0=" + "a".repeat(SignatureHeader.MAX_HEADER_LENGTH);
        assertThat(WebhookSignature.verify(header, BODY, List.of(SECRET), NOW, TOLERANCE))
                .isEqualTo(SignatureResult.MALFORMED);
    }

    @Test
    void parsesTimestampAndEverySignature() {
        SignatureHeader parsed = SignatureHeader.parse("t=42, v1=" + OPENSSL_HEX + ", v0=old, v1=" + "0".repeat(64))
                .orElseThrow();
        assertThat(parsed.timestamp()).isEqualTo(42L);
        assertThat(parsed.signatures()).hasSize(2);
        assertThat(parsed.signatures().get(1)).containsOnly((byte) 0);
    }

    @Test
    void honoursAConfiguredTolerance() {
        assertThat(WebhookSignature.verify(VALID_HEADER, BODY, List.of(SECRET), NOW.plusSeconds(61),
                Duration.ofSeconds(60))).isEqualTo(SignatureResult.STALE);
        assertThat(WebhookSignature.verify(VALID_HEADER, BODY, List.of(SECRET), NOW.plusSeconds(60),
                Duration.ofSeconds(60))).isEqualTo(SignatureResult.VALID);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
