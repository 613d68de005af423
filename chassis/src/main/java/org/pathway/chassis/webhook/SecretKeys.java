package org.pathway.chassis.webhook;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys that encrypt signing secrets at rest, by key id, and the id new ciphertexts use.
 * From configuration: the original single key ({@code PATHWAY_SECRET_KEY}, key id {@value #LEGACY_ID},
 * which also reads values stored before key ids existed), a list {@code id=base64,id=base64}
 * ({@code PATHWAY_SECRET_KEYS}), and the newest id ({@code PATHWAY_SECRET_KEY_ID}; by default the last
 * listed, else {@value #LEGACY_ID}). Messages never echo a key.
 *
 * @param keys     32-byte AES keys by id, in configuration order
 * @param newestId the key every new ciphertext is made with
 */
public record SecretKeys(Map<String, byte[]> keys, String newestId) {

    /** The id of {@code PATHWAY_SECRET_KEY}: it decrypts values stored without a key id. */
    public static final String LEGACY_ID = "0";
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public SecretKeys {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no secret encryption key is configured");
        }
        if (!keys.containsKey(newestId)) {
            throw new IllegalArgumentException("the newest secret key id '" + newestId + "' is not a configured key");
        }
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** Only the original key (id {@value #LEGACY_ID}). */
    public static SecretKeys single(String base64Key) {
        return new SecretKeys(Map.of(LEGACY_ID, decodeKey(base64Key, LEGACY_ID)), LEGACY_ID);
    }

    /**
     * @param legacyKey the original key, if still configured
     * @param keyList   {@code id=base64[,id=base64...]}, if configured
     * @param newestId  the id to encrypt with; absent: the last of the list, else the original key's
     * @throws IllegalArgumentException on no key at all, a malformed entry or id, a repeated id, a key that is
     *                                  not base64 of 32 bytes, or a newest id that names no configured key
     */
    public static SecretKeys of(Optional<String> legacyKey, Optional<String> keyList, Optional<String> newestId) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        legacyKey.filter(k -> !k.isBlank()).ifPresent(k -> keys.put(LEGACY_ID, decodeKey(k, LEGACY_ID)));
        String last = keys.isEmpty() ? null : LEGACY_ID;
        for (String entry : keyList.orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String id = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a secret key entry is not id=base64 with an id of letters, "
                        + "digits, '-' or '_' (at most 32)");
            }
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("secret key id '" + id + "' is configured twice (id "
                        + LEGACY_ID + " is the original PATHWAY_SECRET_KEY)");
            }
            keys.put(id, decodeKey(entry.substring(equals + 1), id));
            last = id;
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("secret encryption key is not configured");
        }
        return new SecretKeys(keys, newestId.map(String::strip).filter(s -> !s.isEmpty()).orElse(last));
    }

    private static byte[] decodeKey(String base64Key, String id) {
        if (base64Key == null) {
            throw new IllegalArgumentException("secret encryption key is not configured");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret encryption key '" + id + "' is not valid base64");
        }
        if (key.length != SecretCipher.KEY_BYTES) {
            throw new IllegalArgumentException("secret encryption key '" + id + "' must be "
                    + SecretCipher.KEY_BYTES + " bytes");
        }
        return key;
    }
}
