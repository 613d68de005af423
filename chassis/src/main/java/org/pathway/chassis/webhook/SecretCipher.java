package org.pathway.chassis.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook signing secrets at rest (providers' in engagement, referrers' in referral), so a
 * database dump without the configured keys lets no one forge attendance or messages to a referrer.
 * AES-256-GCM, a fresh 12-byte nonce per encryption, stored as {@code v2:<keyId>:base64(nonce || ciphertext+tag)}.
 *
 * <p>The key id makes the key rotatable ({@link SecretKeys}): new values use the newest key, any configured key
 * decrypts, and {@link #reencrypt} moves a value onto the newest key. A value without the {@code v2:} prefix
 * was stored before key ids existed and is read with the original key (id {@value SecretKeys#LEGACY_ID}).
 *
 * <p>The optional associated data (e.g. {@code "<siteId>/<providerId>"}) binds a ciphertext to its
 * row: copying one provider's stored secret onto another provider's row then fails to decrypt
 * instead of letting the first provider sign as the second.
 */
public final class SecretCipher {

    public static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final String VERSION_PREFIX = "v2:";
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String newestId;

    private SecretCipher(SecretKeys configured) {
        configured.keys().forEach((id, key) -> keys.put(id, new SecretKeySpec(key, "AES")));
        this.newestId = configured.newestId();
    }

    /** One key, id {@value SecretKeys#LEGACY_ID}. @throws IllegalArgumentException if not base64 of 32 bytes (not echoed) */
    public static SecretCipher fromBase64Key(String base64Key) {
        return new SecretCipher(SecretKeys.single(base64Key));
    }

    public static SecretCipher of(SecretKeys keys) {
        return new SecretCipher(keys);
    }

    /** The key id new ciphertexts carry. */
    public String newestKeyId() {
        return newestId;
    }

    /** The id of the key a stored value was made with ({@value SecretKeys#LEGACY_ID} for a value without one). */
    public static String keyIdOf(String stored) {
        if (stored == null || !stored.startsWith(VERSION_PREFIX)) {
            return SecretKeys.LEGACY_ID;
        }
        int colon = stored.indexOf(':', VERSION_PREFIX.length());
        return colon < 0 ? "" : stored.substring(VERSION_PREFIX.length(), colon);
    }

    /** Whether the stored value is already under the newest key (in the current format). */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(VERSION_PREFIX) && keyIdOf(stored).equals(newestId);
    }

    /** The same secret under the newest key; the value itself if it already is. */
    public String reencrypt(String stored, String associatedData) {
        return isCurrent(stored) ? stored : encrypt(decrypt(stored, associatedData), associatedData);
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
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(newestId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION_PREFIX + newestId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws SecretDecryptionException an unconfigured key id, wrong key or associated data, or an altered or truncated value */
    public String decrypt(String stored, String associatedData) {
        if (stored == null) {
            throw new SecretDecryptionException("stored secret is missing");
        }
        String keyId = keyIdOf(stored);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new SecretDecryptionException(keyId.isEmpty() ? "stored secret has a malformed key id"
                    : "stored secret is under key id '" + keyId + "', which is not configured");
        }
        String body = stored.startsWith(VERSION_PREFIX) ? stored.substring(VERSION_PREFIX.length() + keyId.length() + 1)
                : stored;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body);
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
        return "SecretCipher[AES-256-GCM, keys " + keys.keySet() + ", newest " + newestId + "]";
    }
}
