package org.pathway.chassis.inbox;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryAttemptsTest {

    private final List<Long> pauses = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final DeliveryAttempts attempts = new DeliveryAttempts(stopping::get, pauses::add);

    @Test
    void aSuccessfulFirstAttemptNeedsNoPause() {
        assertThat(attempts.run("e1", () -> "done")).isEqualTo("done");
        assertThat(pauses).isEmpty();
    }

    @Test
    void aFailureThatPersistsIsThrownAfterThreeAttemptsSoItIsDeadLettered() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> attempts.run("e1", () -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("bad effect");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(calls).hasValue(DeliveryAttempts.ATTEMPTS);
        assertThat(pauses).hasSize(DeliveryAttempts.ATTEMPTS - 1);
    }

    @Test
    void aPoisonMessageIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> attempts.run("e1", () -> {
            calls.incrementAndGet();
            throw new PoisonMessageException("unreadable");
        })).isInstanceOf(PoisonMessageException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anUnreachableDatabaseIsWaitedForHoweverLongItTakesWithCappedPauses() {
        AtomicInteger calls = new AtomicInteger();
        String result = attempts.run("e1", () -> {
            if (calls.incrementAndGet() <= 12) {
                throw new IllegalStateException("tx failed", new SQLException("connection refused", "08001"));
            }
            return "applied";
        });
        assertThat(result).isEqualTo("applied");
        assertThat(calls).hasValue(13);
        assertThat(pauses).hasSize(12).allMatch(p -> p > 0 && p <= DeliveryAttempts.MAX_WAIT_MILLIS);
        assertThat(pauses.get(11)).isEqualTo(DeliveryAttempts.MAX_WAIT_MILLIS);
    }

    @Test
    void aFailureWhileStoppingIsHeldUnacknowledgedUntilTheThreadIsInterrupted() {
        stopping.set(true);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger held = new AtomicInteger();
        DeliveryAttempts stoppingAttempts = new DeliveryAttempts(stopping::get, millis -> {
            if (held.incrementAndGet() == 3) {
                throw new InterruptedException("executor shut down");
            }
        });
        try {
            assertThatThrownBy(() -> stoppingAttempts.run("e1", () -> {
                calls.incrementAndGet();
                throw new IllegalStateException("EntityManagerFactory is closed");
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("service stopped before event e1");
            assertThat(calls).as("not retried once stopping").hasValue(1);
            assertThat(held).as("held until interrupted").hasValue(3);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
