package org.pathway.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the referral service beyond the chassis' site configuration. */
@ConfigMapping(prefix = "referral")
public interface ReferralConfig {

    Paging paging();

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        /** Upper bound on {@code size} for lists, so one request cannot read a whole site. */
        @WithDefault("100")
        int maxSize();
    }
}
