package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void onlyTheFirstWaitingAskAndEveryoneGetsTheirEventInTheEnd() throws Exception {
        AtomicInteger askedAgain = new AtomicInteger();
        Arrivals arrivals = new Arrivals(Duration.ofSeconds(30), askedAgain);
        int waiting = 3 * Arrivals.ASKING;
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            tickets.add(arrivals.sent());
        }
        // The service takes in one event every 20 ms, in the order they were sent.
        long started = System.nanoTime();
        AtomicInteger askingNow = new AtomicInteger();
        AtomicInteger mostAskingAtOnce = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(waiting);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (long ticket : tickets) {
                answers.add(pool.submit(() -> arrivals.await(ticket, () -> {
                    mostAskingAtOnce.accumulateAndGet(askingNow.incrementAndGet(), Math::max);
                    try {
                        long arrivedSoFar = (System.nanoTime() - started) / 20_000_000L;
                        return ticket <= arrivedSoFar;
                    } finally {
                        askingNow.decrementAndGet();
                    }
                }, Boolean::booleanValue)));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostAskingAtOnce.get()).isLessThanOrEqualTo(Arrivals.ASKING);
        assertThat(askedAgain.get()).isPositive();
    }

    @Test
    void givesUpWithTheLastAnswerOncePatienceRunsOut() {
        AtomicInteger askedAgain = new AtomicInteger();
        Arrivals arrivals = new Arrivals(Duration.ofMillis(120), askedAgain);
        AtomicInteger asked = new AtomicInteger();
        Integer last = arrivals.await(arrivals.sent(), asked::incrementAndGet, answer -> false);
        assertThat(last).isEqualTo(asked.get()).isGreaterThan(1);
        assertThat(askedAgain.get()).isEqualTo(asked.get() - 1);
    }

    @Test
    void anEventAlreadyThereIsAskedForOnce() {
        AtomicInteger askedAgain = new AtomicInteger();
        Arrivals arrivals = new Arrivals(Duration.ofSeconds(1), askedAgain);
        assertThat(arrivals.await(arrivals.sent(), () -> "found", "found"::equals)).isEqualTo("found");
        assertThat(askedAgain.get()).isZero();
    }
}
