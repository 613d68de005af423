package org.pathway.referral.referrer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed message is tried again: the first wait, then doubling up to a ceiling; empty once the next
 * attempt would fall after {@code giveUpAfter} from the change (the message is then dead-lettered). With the
 * defaults (30 s doubling to 1 h, give up after 25 h) a message is tried about 31 times over 25 hours.
 */
public record RetrySchedule(Duration first, Duration max, Duration giveUpAfter) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("back-off must be positive and its ceiling at least the first wait");
        }
    }

    /** The wait after the given number of failed attempts (1 after the first failure). */
    public Duration backoff(int failedAttempts) {
        Duration wait = first;
        for (int i = 1; i < failedAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** The time of the next attempt after {@code failedAttempts} failures, or empty to dead-letter. */
    public Optional<Instant> next(int failedAttempts, Instant createdAt, Instant now) {
        Instant next = now.plus(backoff(failedAttempts));
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
