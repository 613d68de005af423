package org.pathway.engagement.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.chassis.webhook.SecretKeys;

/** The cipher for provider secrets, keyed from configuration (chassis {@link SecretKeys}); a missing or bad key fails start-up. */
public class SecretCipherProducer {

    @Produces
    @Singleton
    SecretCipher secretCipher(EngagementConfig config) {
        return SecretCipher.of(SecretKeys.of(config.secretKey(), config.secretKeys(), config.secretKeyId()));
    }
}
