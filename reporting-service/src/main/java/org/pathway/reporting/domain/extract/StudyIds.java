package org.pathway.reporting.domain.extract;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A participant's study id in the extracts: HMAC-SHA-256 of their event pseudonym under a key only the
 * reporting service holds, its first 64 bits in hex after {@code S-}. The same young person has the same
 * study id in every extract and at every site; without the key, a study id cannot be turned back into
 * the pseudonym the Kafka topics carry, so an extract cannot be joined to them.
 */
public final class StudyIds {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int BYTES = 8;
    /** Shorter keys make the ids guessable by trying keys. */
    private static final int MINIMUM_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public StudyIds(String key) {
        if (key == null || key.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("the study id key must be at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String of(String pseudonym) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(pseudonym.getBytes(StandardCharsets.UTF_8));
            return "S-" + HexFormat.of().formatHex(digest, 0, BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
