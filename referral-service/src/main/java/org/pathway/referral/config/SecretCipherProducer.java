package org.pathway.referral.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.chassis.webhook.SecretKeys;

/** The cipher for referrers' signing secrets, keyed from configuration; a missing or bad key fails start-up. */
public class SecretCipherProducer {

    @Produces
    @Singleton
    SecretCipher secretCipher(ReferrerConfig config) {
        return SecretCipher.of(SecretKeys.of(config.secretKey(), config.secretKeys(), config.secretKeyId()));
    }
}
