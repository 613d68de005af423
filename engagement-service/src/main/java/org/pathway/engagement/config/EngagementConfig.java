package org.pathway.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the engagement service beyond the chassis' site configuration (thresholds live there). */
@ConfigMapping(prefix = "engagement")
public interface EngagementConfig {

    /**
     * Base64 of the 32-byte AES key that encrypts provider webhook secrets at rest. Comes from the
     * environment ({@code PATHWAY_SECRET_KEY}); without it the service does not start.
     */
    String secretKey();

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
