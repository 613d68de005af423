package org.pathway.chassis.webhook;

/**
 * A stored webhook secret could not be decrypted: wrong key, or the stored value was altered.
 * The message never contains the stored value or the secret.
 */
public class SecretDecryptionException extends RuntimeException {

    public SecretDecryptionException(String message) {
        super(message);
    }

    public SecretDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
