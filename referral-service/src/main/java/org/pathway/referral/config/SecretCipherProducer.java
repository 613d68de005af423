package org.pathway.referral.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.pathway.chassis.webhook.SecretCipher;

/** The cipher for referrers' signing secrets, keyed from configuration; a missing or bad key fails start-up. */
public class SecretCipherProducer {

    @Produces
    @Singleton
    SecretCipher secretCipher(ReferrerConfig config) {
        return SecretCipher.fromBase64Key(config.secretKey());
    }
}
