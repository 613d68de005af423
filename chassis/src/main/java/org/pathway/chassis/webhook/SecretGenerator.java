package org.pathway.chassis.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/** New webhook signing secrets (providers', referrers'): {@code whsec_} + 32 random bytes, base64url, no padding. */
public final class SecretGenerator {

    public static final String PREFIX = "whsec_";
    static final int RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretGenerator() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
