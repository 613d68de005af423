package org.pathway.local.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop schedule at a fixed offered rate: request {@code i} (from 0) is due at
 * {@code start + i / rate}, whatever happened to the requests before it, so a slow answer does not lower the
 * rate offered (no coordinated omission on the sending side).
 */
record Pacer(double perSecond, long startNanos) {

    Pacer {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("the offered rate must be a positive number, not " + perSecond);
        }
    }

    /** When request {@code i} is due (System.nanoTime() scale). */
    long dueAt(long i) {
        if (i < 0) {
            throw new IllegalArgumentException("request index " + i);
        }
        return startNanos + Math.round(i * 1e9 / perSecond);
    }

    /** How many requests are due by {@code now}: the number of indices {@code i} with {@code dueAt(i) <= now}. */
    long dueBy(long now) {
        if (now < startNanos) {
            return 0;
        }
        long n = (long) Math.floor((now - startNanos) * perSecond / 1e9);
        // Floating point may put the estimate one off either way: settle it against dueAt itself.
        while (dueAt(n + 1) <= now) {
            n++;
        }
        while (n > 0 && dueAt(n) > now) {
            n--;
        }
        return n + 1;
    }

    /** Requests offered in {@code duration} (those due strictly before its end). */
    long count(Duration duration) {
        return dueBy(startNanos + duration.toNanos() - 1);
    }

    /** Sleeps until request {@code i} is due; returns how late it is then (0 or more nanoseconds). */
    long awaitTurn(long i) {
        long due = dueAt(i);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted");
            }
        }
        return System.nanoTime() - due;
    }
}
