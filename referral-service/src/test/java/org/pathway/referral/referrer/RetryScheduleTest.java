package org.pathway.referral.referrer;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private static final RetrySchedule DEFAULTS = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofHours(25));
    private static final Instant CREATED = Instant.parse("2026-12-01T00:00:00Z");

    @ParameterizedTest(name = "after {0} failures wait {1}")
    @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "4, PT4M", "7, PT32M", "8, PT1H", "9, PT1H", "40, PT1H"})
    void theWaitDoublesUpToItsCeiling(int failures, Duration wait) {
        assertThat(DEFAULTS.backoff(failures)).isEqualTo(wait);
    }

    @Test
    void aMessageIsTriedForAtLeast24HoursBeforeItIsDeadLettered() {
        Instant now = CREATED;
        int failures = 0;
        while (true) {
            failures++;
            var next = DEFAULTS.next(failures, CREATED, now);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
        }
        assertThat(Duration.between(CREATED, now)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(failures).isBetween(25, 40);
    }

    @Test
    void theNextAttemptAfterTheLimitIsNone() {
        assertThat(DEFAULTS.next(30, CREATED, CREATED.plus(Duration.ofHours(24).plusMinutes(30)))).isEmpty();
        assertThat(DEFAULTS.next(30, CREATED, CREATED.plus(Duration.ofHours(23)))).contains(
                CREATED.plus(Duration.ofHours(24)));
    }

    @Test
    void aScheduleWithoutAPositiveWaitIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
