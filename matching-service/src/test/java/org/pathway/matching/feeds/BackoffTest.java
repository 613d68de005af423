package org.pathway.matching.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest(name = "before try {0}: {1} ms")
    @CsvSource({"2, 1000", "3, 2000", "4, 4000", "6, 16000", "7, 30000", "40, 30000"})
    void doublesTheWaitBeforeEachFurtherTryUpToHalfAMinute(int attempt, long millis) {
        assertThat(Backoff.delayBefore(attempt, Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "HTTP {0}: retry {1}")
    @CsvSource({"500, true", "502, true", "503, true", "429, true", "404, false", "403, false", "400, false",
            "410, false"})
    void triesAgainOnlyWhenAnotherTryCouldBeAnsweredDifferently(int status, boolean retry) {
        assertThat(Backoff.worthRetrying(status)).isEqualTo(retry);
    }
}
