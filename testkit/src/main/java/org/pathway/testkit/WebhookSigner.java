package org.pathway.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signature headers for inbound webhooks: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    public static String signatureHeader(String secret, long unixSeconds, String rawBody) {
        return signatureHeader(secret, unixSeconds, rawBody.getBytes(StandardCharsets.UTF_8));
    }

    /** For bodies that are not valid UTF-8: a hostile provider's body must still reach the parser, signed. */
    public static String signatureHeader(String secret, long unixSeconds, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Signed with the current time, so it falls inside any replay window. */
    public static String now(String secret, String rawBody) {
        return signatureHeader(secret, Instant.now().getEpochSecond(), rawBody);
    }
}
