package org.pathway.local.simulate;

import java.time.Duration;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Young people waiting for one kind of event to reach another service over Kafka (matching-service
 * hearing of a referral, engagement-service of a placement), asking that service again until it has.
 * A service takes in such events about in the order they were sent, so only the few waiting longest
 * ask, with growing pauses, and the others wait their turn without asking: with hundreds waiting
 * after a burst, asking all the time would be most of the work of the very service catching up.
 */
final class Arrivals {

    /** How many of those waiting ask at once. */
    static final int ASKING = 8;
    static final long FIRST_PAUSE_MILLIS = 100;
    static final long LAST_PAUSE_MILLIS = 1600;

    private final Duration patience;
    private final AtomicInteger asked;
    private final AtomicLong sent = new AtomicLong();
    private final TreeSet<Long> waiting = new TreeSet<>();

    /**
     * @param patience how long one young person's event may take once it is their turn
     * @param asked    counts every question asked again
     */
    Arrivals(Duration patience, AtomicInteger asked) {
        this.patience = patience;
        this.asked = asked;
    }

    /** A ticket for an event whose request was just acknowledged: later events, later tickets. */
    long sent() {
        return sent.incrementAndGet();
    }

    /**
     * Asks until the answer says the event arrived, or until {@code patience} after this ticket's
     * turn came; returns the last answer.
     */
    <T> T await(long ticket, Supplier<T> ask, Predicate<T> arrived) {
        synchronized (this) {
            waiting.add(ticket);
        }
        try {
            awaitTurn(ticket);
            long deadline = System.nanoTime() + patience.toNanos();
            long pause = FIRST_PAUSE_MILLIS;
            while (true) {
                T answer = ask.get();
                if (arrived.test(answer) || System.nanoTime() > deadline) {
                    return answer;
                }
                asked.incrementAndGet();
                Api.sleep(pause);
                pause = Math.min(LAST_PAUSE_MILLIS, pause * 2);
            }
        } finally {
            synchronized (this) {
                waiting.remove(ticket);
                notifyAll();
            }
        }
    }

    private synchronized void awaitTurn(long ticket) {
        while (!amongFirst(ticket)) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private boolean amongFirst(long ticket) {
        Iterator<Long> first = waiting.iterator();
        for (int i = 0; i < ASKING && first.hasNext(); i++) {
            if (first.next() == ticket) {
                return true;
            }
        }
        return false;
    }
}
