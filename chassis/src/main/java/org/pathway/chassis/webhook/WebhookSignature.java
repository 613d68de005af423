package org.pathway.chassis.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Provider webhook signatures: {@code HMAC-SHA256(secret, "<t>." + raw body bytes)}, lower-case hex,
 * sent as {@code Pathway-Signature: t=<unix seconds>,v1=<hex>}; a {@code whsec_...} secret is used as
 * its UTF-8 bytes. Plain JDK code: the receiving service, the simulator and tests sign and check alike.
 */
public final class WebhookSignature {

    public static final String HEADER = "Pathway-Signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /**
     * Checks the header against every candidate secret (the current one and, during rotation, the
     * previous one). The body must be the bytes as received: re-serialised JSON would not match.
     * The signature is checked before the timestamp so that {@link SignatureResult#STALE} only ever
     * describes a genuine but late request, which tells operators "replay or clock skew", not "forgery".
     */
    public static SignatureResult verify(String header, byte[] rawBody, List<byte[]> secrets,
                                         Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            return SignatureResult.MISSING;
        }
        Optional<SignatureHeader> parsed = SignatureHeader.parse(header);
        if (parsed.isEmpty()) {
            return SignatureResult.MALFORMED;
        }
        SignatureHeader signature = parsed.get();
        if (!matchesAnySecret(signature, rawBody, secrets)) {
            return SignatureResult.MISMATCH;
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(signature.timestamp()), now).abs();
        return skew.compareTo(tolerance) > 0 ? SignatureResult.STALE : SignatureResult.VALID;
    }

    /** The header a provider would send; used by tests, the simulator and provider documentation. */
    public static String header(byte[] secret, long timestamp, byte[] rawBody) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, rawBody));
    }

    /** As {@link #header(byte[], long, byte[])} with the {@code whsec_...} secret as given to the provider. */
    public static String header(String secret, long unixSeconds, byte[] rawBody) {
        return header(secretBytes(secret), unixSeconds, rawBody);
    }

    /** As {@link #header(String, long, byte[])} for a body sent as UTF-8 text. */
    public static String header(String secret, long unixSeconds, String rawBody) {
        return header(secret, unixSeconds, rawBody.getBytes(StandardCharsets.UTF_8));
    }

    /** Convenience for the UTF-8 bytes of a {@code whsec_...} secret string. */
    public static byte[] secretBytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean matchesAnySecret(SignatureHeader signature, byte[] rawBody, List<byte[]> secrets) {
        boolean matched = false;
        for (byte[] secret : secrets) {
            if (secret == null || secret.length == 0) {
                continue;
            }
            byte[] expected = hmac(secret, signature.timestamp(), rawBody);
            for (byte[] candidate : signature.signatures()) {
                // no early exit: the time taken must not reveal which entry or secret matched
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        return matched;
    }

    static byte[] hmac(byte[] secret, long timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(rawBody);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
