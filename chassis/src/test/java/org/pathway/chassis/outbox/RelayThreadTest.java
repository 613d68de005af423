package org.pathway.chassis.outbox;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelayThreadTest {

    private static final Duration LONG_POLL = Duration.ofMinutes(10);

    private final RelayThread thread = new RelayThread("relay-thread-test", LONG_POLL,
            Logger.getLogger(RelayThreadTest.class), "failing (%s)", "recovered");

    @AfterEach
    void stop() {
        thread.stop();
    }

    @Test
    void runsAPassAtOnceAndAnotherOnEachWakeUpWithoutWaitingForThePoll() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        thread.start(() -> {
            passes.incrementAndGet();
            three.countDown();
        });
        awaitPasses(passes, 1);
        thread.wake();
        awaitPasses(passes, 2);
        thread.wake();
        assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWakeUpDuringAPassIsNotLost() throws InterruptedException {
        CountDownLatch inFirstPass = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        thread.start(() -> {
            second.countDown();
            if (inFirstPass.getCount() > 0) {
                inFirstPass.countDown();
                await(release);
            }
        });
        assertThat(inFirstPass.await(5, TimeUnit.SECONDS)).isTrue();
        thread.wake(); // arrives while the first pass runs
        release.countDown();
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailingPassIsTriedAgainAboutASecondLaterUntilItSucceeds() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch succeeded = new CountDownLatch(1);
        long started = System.nanoTime();
        thread.start(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("broker away");
            }
            succeeded.countDown();
        });
        assertThat(succeeded.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(attempts).hasValue(3);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
    }

    @Test
    void stopEndsTheThreadAndRunningSaysSo() throws InterruptedException {
        AtomicInteger passes = new AtomicInteger();
        thread.start(passes::incrementAndGet);
        awaitPasses(passes, 1);
        assertThat(thread.running()).isTrue();
        thread.stop();
        assertThat(thread.running()).isFalse();
        int after = passes.get();
        thread.wake();
        Thread.sleep(200);
        assertThat(passes.get()).isEqualTo(after);
    }

    private static void awaitPasses(AtomicInteger passes, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (passes.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(passes.get()).isGreaterThanOrEqualTo(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
