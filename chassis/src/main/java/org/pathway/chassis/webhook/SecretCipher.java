package org.pathway.chassis.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook signing secrets at rest (providers' in engagement, referrers' in referral), so a
 * database dump without the configured key lets no one forge attendance or messages to a referrer. AES-256-GCM, a fresh 12-byte nonce per encryption, stored as
 * {@code base64(nonce || ciphertext+tag)}.
 *
 * <p>The optional associated data (e.g. {@code "<siteId>/<providerId>"}) binds a ciphertext to its
 * row: copying one provider's stored secret onto another provider's row then fails to decrypt
 * instead of letting the first provider sign as the second.
 */
public final class SecretCipher {

    public static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SecretCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** @throws IllegalArgumentException if the value is not base64 of exactly 32 bytes (the key is not echoed) */
    public static SecretCipher fromBase64Key(String base64Key) {
        if (base64Key == null) {
            throw new IllegalArgumentException("secret encryption key is not configured");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret encryption key is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("secret encryption key must be " + KEY_BYTES + " bytes");
        }
        return new SecretCipher(key);
    }

    public String encrypt(String plaintext) {
        return encrypt(plaintext, "");
    }

    public String decrypt(String stored) {
        return decrypt(stored, "");
    }

    public String encrypt(String plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws SecretDecryptionException wrong key, wrong associated data, or an altered or truncated value */
    public String decrypt(String stored, String associatedData) {
        if (stored == null) {
            throw new SecretDecryptionException("stored secret is missing");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new SecretDecryptionException("stored secret is not valid base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretDecryptionException("stored secret is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plaintext = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretDecryptionException("stored secret failed authentication (wrong key or altered value)");
        } catch (GeneralSecurityException e) {
            throw new SecretDecryptionException("stored secret could not be decrypted", e);
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[AES-256-GCM]";
    }
}
