package org.pathway.local.simulate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provider side of the attendance webhook's signature (API.md, engagement-service README):
 * {@code Pathway-Signature: t=<unix seconds>,v1=<lower-case hex HMAC-SHA256(secret, "<t>.<raw body>")>},
 * the secret used as its UTF-8 bytes.
 */
public final class WebhookSignature {

    public static final String HEADER = "Pathway-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, String rawBody) {
        return "t=" + unixSeconds + ",v1=" + hmacHex(secret, unixSeconds + "." + rawBody);
    }

    static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
