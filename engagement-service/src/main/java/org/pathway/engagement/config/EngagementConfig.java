package org.pathway.engagement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** Settings of the engagement service beyond the chassis' site configuration (thresholds live there). */
@ConfigMapping(prefix = "engagement")
public interface EngagementConfig {

    /**
     * Base64 of the 32-byte AES key that encrypts provider webhook secrets at rest. Comes from the
     * environment ({@code PATHWAY_SECRET_KEY}); without it the service does not start.
     */
    String secretKey();

    /** The zone whose calendar date is "today" (session dates, the 28-day rule). */
    @WithDefault("Europe/London")
    ZoneId timeZone();

    /** How far a webhook's {@code t} may be from now (API.md: 300 s). */
    @WithDefault("PT5M")
    Duration signatureTolerance();

    DisengagementCheck disengagementCheck();

    interface DisengagementCheck {
        /** How often every placed participant is checked for "too long without attendance"; {@code off} disables. */
        @WithDefault("1h")
        String every();
    }
}
