package org.pathway.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What this service lets operators tune ({@code matching.*}). */
@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    Paging paging();

    Recommendations recommendations();

    interface Paging {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("100")
        int maxSize();
    }

    interface Recommendations {
        @WithDefault("5")
        int defaultLimit();

        @WithDefault("50")
        int maxLimit();
    }
}
