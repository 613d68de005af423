package org.pathway.chassis.inbox;

import org.jboss.logging.Logger;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * How the inbox retries one event's transaction. A poison message fails at once (dead letter).
 * Any other failure is retried a few times, then thrown (dead letter with the reason) — unless the
 * database is unreachable, which says nothing about the event: then it waits and retries for as
 * long as it takes. Once the service is stopping, a failing event is held, neither acknowledged nor
 * dead-lettered, so its offset is not committed and it is delivered again after the restart (the
 * inbox makes that redelivery harmless).
 */
final class DeliveryAttempts {

    static final int ATTEMPTS = 3;
    static final long MAX_WAIT_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class);

    /** Pauses between attempts; a test passes one that records instead of sleeping. */
    interface Pause {
        void millis(long millis) throws InterruptedException;
    }

    private final BooleanSupplier stopping;
    private final Pause pause;

    DeliveryAttempts(BooleanSupplier stopping, Pause pause) {
        this.stopping = stopping;
        this.pause = pause;
    }

    <T> T run(String event, Supplier<T> attempt) {
        for (int failures = 1; ; failures++) {
            try {
                return attempt.get();
            } catch (PoisonMessageException e) {
                throw e;
            } catch (RuntimeException e) {
                if (stopping.getAsBoolean()) {
                    throw holdWhileStopping(event, e);
                }
                boolean unavailable = StoreUnavailable.isCause(e);
                if (!unavailable && failures >= ATTEMPTS) {
                    throw e;
                }
                long wait = unavailable ? Math.min(MAX_WAIT_MILLIS, 250L << Math.min(failures, 5)) : 200L * failures;
                LOG.warnf("Event %s failed on attempt %d (%s%s); retrying in %d ms", event, failures,
                        e.getClass().getSimpleName(), unavailable ? ", database unreachable" : "", wait);
                sleep(wait, e);
            }
        }
    }

    private RuntimeException holdWhileStopping(String event, RuntimeException failure) {
        LOG.infof("Event %s not applied while the service stops (%s); it stays unacknowledged and is redelivered",
                event, failure.getClass().getSimpleName());
        while (true) {
            try {
                pause.millis(MAX_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new IllegalStateException("service stopped before event " + event + " could be applied", failure);
            }
        }
    }

    private void sleep(long millis, RuntimeException failure) {
        try {
            pause.millis(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
