package org.pathway.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.pathway.referral.config.ReferralConfig;

/** The service's notion of now and today. */
@ApplicationScoped
public class ReferralClock {

    private final ReferralConfig config;

    public ReferralClock(ReferralConfig config) {
        this.config = config;
    }

    /** Truncated to what PostgreSQL stores, so a replayed answer equals the first one to the microsecond. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.now(config.timeZone());
    }
}
