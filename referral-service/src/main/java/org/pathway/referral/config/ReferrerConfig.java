package org.pathway.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Messages back to referrers ({@code referrer.*}): the key of their signing secrets and the delivery schedule. */
@ConfigMapping(prefix = "referrer")
public interface ReferrerConfig {

    /**
     * Base64 of the original 32-byte AES key of referrers' signing secrets (key id {@code 0}, also reads values
     * stored before key ids); from {@code PATHWAY_SECRET_KEY}, as engagement-service's provider secrets. With
     * {@link #secretKeys()} the service needs at least one of the two to start.
     */
    Optional<String> secretKey();

    /** More keys, {@code id=base64[,id=base64...]} ({@code PATHWAY_SECRET_KEYS}): any of them decrypts. */
    Optional<String> secretKeys();

    /** The key id new secrets are encrypted with ({@code PATHWAY_SECRET_KEY_ID}); default the last listed. */
    Optional<String> secretKeyId();

    Messages messages();

    interface Messages {

        /** Off: nothing is delivered (messages still queue). */
        @WithDefault("true")
        boolean enabled();

        /** How often the worker looks for due messages when no change woke it (retries, other replicas' changes). */
        @WithDefault("PT1S")
        Duration poll();

        /** Wait before the second attempt; each later wait doubles, up to {@link #maxBackoff()}. */
        @WithDefault("PT30S")
        Duration firstBackoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /** A message still undelivered when its next attempt would fall after this long since the change is dead-lettered. */
        @WithDefault("PT25H")
        Duration giveUpAfter();

        /** Connect and answer timeout of one delivery attempt. */
        @WithDefault("PT10S")
        Duration timeout();

        /** {@code MessageHeader.source.endpoint} of BaRS messages: where a referrer's system may reply. */
        @WithDefault("https://pathway.example.nhs.uk/referral")
        String sourceEndpoint();
    }
}
