package org.pathway.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the engagement service beyond the chassis' site configuration (thresholds live there). */
@ConfigMapping(prefix = "engagement")
public interface EngagementConfig {

    /**
     * Base64 of the original 32-byte AES key of provider webhook secrets (key id {@code 0}, also reads values
     * stored before key ids); from {@code PATHWAY_SECRET_KEY}. With {@link #secretKeys()} the service needs at
     * least one of the two to start.
     */
    Optional<String> secretKey();

    /** More keys, {@code id=base64[,id=base64...]} ({@code PATHWAY_SECRET_KEYS}): any of them decrypts. */
    Optional<String> secretKeys();

    /** The key id new secrets are encrypted with ({@code PATHWAY_SECRET_KEY_ID}); default the last listed. */
    Optional<String> secretKeyId();

    /** How far a webhook's {@code t} may be from now. */
    @WithDefault("PT5M")
    Duration signatureTolerance();

    DisengagementCheck disengagementCheck();

    interface DisengagementCheck {
        /** How often every placed participant is checked for "too long without attendance"; {@code off} disables. */
        @WithDefault("1h")
        String every();
    }
}
