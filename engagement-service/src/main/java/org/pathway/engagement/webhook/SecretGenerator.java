package org.pathway.engagement.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/** New provider webhook secrets: {@code whsec_} + 32 random bytes, base64url without padding. */
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
