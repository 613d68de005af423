package org.pathway.matching.feeds;

import java.time.Duration;

/** When to try a feed page again, and after how long. */
final class Backoff {

    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private Backoff() {
    }

    /** {@code first} before the second try, doubled for each further one, at most 30 s. */
    static Duration delayBefore(int attempt, Duration first) {
        Duration delay = first.multipliedBy(1L << Math.min(attempt - 2, 20));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** Too many requests and server errors may pass; any other answer would be the same again. */
    static boolean worthRetrying(int status) {
        return status == 429 || status >= 500;
    }
}
