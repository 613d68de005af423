package org.pathway.chassis.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {

    private static final String KEY = base64Key(1);
    private static final String OTHER_KEY = base64Key(2);
    private static final String SECRET = "whsec_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5";

    private final SecretCipher cipher = SecretCipher.fromBase64Key(KEY);

    @ParameterizedTest
    @ValueSource(strings = {SECRET, "", "ünïcödé ✓", "a"})
    void decryptsWhatItEncrypted(String plaintext) {
        assertThat(cipher.decrypt(cipher.encrypt(plaintext))).isEqualTo(plaintext);
    }

    @Test
    void storesTheKeyIdThenNonceCiphertextAndTagAsBase64WithoutThePlaintext() {
        String stored = cipher.encrypt(SECRET);
        assertThat(stored).startsWith("v2:0:");
        byte[] raw = Base64.getDecoder().decode(stored.substring("v2:0:".length()));
        assertThat(raw).hasSize(12 + SECRET.length() + 16);
        assertThat(stored).doesNotContain(SECRET).doesNotContain("whsec_");
    }

    @Test
    void usesAFreshNonceForEveryEncryption() {
        long distinct = IntStream.range(0, 50).mapToObj(i -> cipher.encrypt(SECRET)).distinct().count();
        assertThat(distinct).isEqualTo(50);
    }

    @Test
    void anotherKeyCannotDecryptAndTheErrorDoesNotRevealTheSecret() {
        String stored = cipher.encrypt(SECRET);
        SecretCipher other = SecretCipher.fromBase64Key(OTHER_KEY);
        assertThatThrownBy(() -> other.decrypt(stored))
                .isInstanceOf(SecretDecryptionException.class)
                .message().doesNotContain(SECRET).doesNotContain(stored);
    }

    @Test
    void aCiphertextBoundToOneProviderDoesNotDecryptForAnother() {
        String stored = cipher.encrypt(SECRET, "north-london/green-gym");
        assertThat(cipher.decrypt(stored, "north-london/green-gym")).isEqualTo(SECRET);
        assertThatThrownBy(() -> cipher.decrypt(stored, "north-london/art-club"))
                .isInstanceOf(SecretDecryptionException.class);
    }

    @Test
    void rejectsAnAlteredCiphertext() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(SECRET).substring("v2:0:".length()));
        raw[raw.length - 1] ^= 1;
        String altered = "v2:0:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(SecretDecryptionException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"not base64 !", "", "AAAA", "v2:0:AAAA", "v2:", "v2:0", "v2::AAAA", "v2:0:not base64 !"})
    void rejectsStoredValuesThatCannotBeCiphertexts(String stored) {
        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(SecretDecryptionException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"not base64 !", "AAECAwQFBgcICQoLDA0ODw==", ""})
    void refusesAKeyThatIsNot32Bytes(String key) {
        assertThatThrownBy(() -> SecretCipher.fromBase64Key(key))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    if (key != null && !key.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(key);
                    }
                });
    }

    @Test
    void toleratesSurroundingWhitespaceInTheConfiguredKey() {
        SecretCipher padded = SecretCipher.fromBase64Key(" " + KEY + "\n");
        assertThat(padded.decrypt(cipher.encrypt(SECRET))).isEqualTo(SECRET);
    }

    @Test
    void readsAValueStoredBeforeKeyIdsWithTheOriginalKey() {
        String legacy = legacyEncrypt(KEY, SECRET, "north-london/green-gym");
        assertThat(SecretCipher.keyIdOf(legacy)).isEqualTo("0");
        assertThat(cipher.decrypt(legacy, "north-london/green-gym")).isEqualTo(SECRET);
        assertThat(cipher.isCurrent(legacy)).as("a value without a key id is always re-encrypted").isFalse();
    }

    @Test
    void encryptsWithTheNewestKeyAndDecryptsWithAnyConfiguredOne() {
        String underOriginal = cipher.encrypt(SECRET, "aad");
        SecretCipher rotated = SecretCipher.of(SecretKeys.of(Optional.of(KEY), Optional.of("2026-12=" + OTHER_KEY),
                Optional.empty()));
        assertThat(rotated.newestKeyId()).isEqualTo("2026-12");
        String underNewest = rotated.encrypt(SECRET, "aad");
        assertThat(underNewest).startsWith("v2:2026-12:");
        assertThat(rotated.decrypt(underOriginal, "aad")).isEqualTo(SECRET);
        assertThat(rotated.decrypt(underNewest, "aad")).isEqualTo(SECRET);
        assertThatThrownBy(() -> cipher.decrypt(underNewest, "aad"))
                .isInstanceOf(SecretDecryptionException.class)
                .hasMessageContaining("'2026-12'").hasMessageContaining("not configured");
    }

    @Test
    void reencryptionMovesAValueOntoTheNewestKeyAndLeavesACurrentOneAlone() {
        SecretCipher rotated = SecretCipher.of(SecretKeys.of(Optional.of(KEY), Optional.of("k2=" + OTHER_KEY),
                Optional.of("k2")));
        String legacy = legacyEncrypt(KEY, SECRET, "aad");
        String moved = rotated.reencrypt(legacy, "aad");
        assertThat(SecretCipher.keyIdOf(moved)).isEqualTo("k2");
        assertThat(rotated.isCurrent(moved)).isTrue();
        assertThat(rotated.reencrypt(moved, "aad")).isSameAs(moved);
        SecretCipher onlyNewKey = SecretCipher.of(SecretKeys.of(Optional.empty(), Optional.of("k2=" + OTHER_KEY),
                Optional.empty()));
        assertThat(onlyNewKey.decrypt(moved, "aad")).as("the original key can be dropped after re-encryption")
                .isEqualTo(SECRET);
        assertThatThrownBy(() -> rotated.reencrypt(moved.replace("v2:k2:", "v2:0:"), "aad"))
                .isInstanceOf(SecretDecryptionException.class);
    }

    /** How values were stored before key ids: base64(nonce || ciphertext+tag), no prefix. */
    private static String legacyEncrypt(String base64Key, String plaintext, String aad) {
        try {
            byte[] nonce = new byte[12];
            javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            c.init(javax.crypto.Cipher.ENCRYPT_MODE,
                    new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
                    new javax.crypto.spec.GCMParameterSpec(128, nonce));
            c.updateAAD(aad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plaintext.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64Key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
