package org.pathway.chassis.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
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
    void storesNonceThenCiphertextAndTagAsBase64WithoutThePlaintext() {
        String stored = cipher.encrypt(SECRET);
        byte[] raw = Base64.getDecoder().decode(stored);
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
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(SECRET));
        raw[raw.length - 1] ^= 1;
        String altered = Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(SecretDecryptionException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"not base64 !", "", "AAAA"})
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

    private static String base64Key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
