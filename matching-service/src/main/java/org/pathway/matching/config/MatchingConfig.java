package org.pathway.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** What this service lets operators tune ({@code matching.*}). */
@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    Paging paging();

    Recommendations recommendations();

    Feeds feeds();

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

    /** Directory feeds: how they are fetched and paged ({@code matching.feeds.*}). */
    interface Feeds {
        @WithDefault("5s")
        Duration connectTimeout();

        /** How long one page may take to arrive once asked for. */
        @WithDefault("30s")
        Duration readTimeout();

        /** Tries per page, the first included, on a network error, 429 or 5xx. */
        @WithDefault("3")
        int attempts();

        /** The wait before the second try; doubled for each further one. */
        @WithDefault("1s")
        Duration backoff();

        /** Services asked for per page ({@code per_page}); a feed may answer fewer. */
        @WithDefault("100")
        int pageSize();

        /** The most pages one sync reads; a feed still going on after that is not retired from. */
        @WithDefault("200")
        int maxPages();

        @WithDefault("20000000")
        int maxPageBytes();

        /** How long a sync's claim on its feed lasts without being renewed (it is, with every page). */
        @WithDefault("30m")
        Duration syncLease();

        /**
         * Hosts, as written in feed URLs, exempt from the guard refusing loopback, private,
         * link-local and cloud metadata addresses ({@code FeedHosts}); none unless set. The tests
         * allow {@code 127.0.0.1}, where their feed server listens.
         */
        Optional<Set<String>> privateHostsAllowed();
    }
}
