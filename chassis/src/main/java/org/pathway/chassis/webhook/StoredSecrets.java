package org.pathway.chassis.webhook;

/**
 * A service's stored signing secrets, encrypted with {@link SecretCipher}: what the operators' re-encryption
 * ({@link SecretKeysResource}) moves under the newest key, one site at a time.
 */
public interface StoredSecrets {

    /** What the secrets are, for the log line: e.g. "Provider secrets". */
    String description();

    /** Every stored secret of the current site under the newest key, each row locked as it is rewritten. */
    Reencryption.Counts reencryptAll();
}
