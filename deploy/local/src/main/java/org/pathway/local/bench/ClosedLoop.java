package org.pathway.local.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed number of workers, each sending its next operation as soon as the last one answered, for a warm-up (not
 * counted) and then a measured window. Throughput is what completed inside the window; latency is each operation's.
 */
final class ClosedLoop {

    /** One operation; returns true when it succeeded. Called from several threads at once. */
    interface Operation {
        boolean run(int worker, long sequence) throws Exception;
    }

    /** Thrown by an operation when there is nothing left to send: its worker stops, the window ends there. */
    static final class Exhausted extends RuntimeException {
        Exhausted() {
            super("nothing left to send", null, false, false);
        }
    }

    private ClosedLoop() {
    }

    static Measurement run(String name, String unit, int perItem, int concurrency, Duration warmUp, Duration window,
                           Operation operation) {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        AtomicLong firstError = new AtomicLong();
        AtomicLong exhaustedAt = new AtomicLong();
        List<String> errors = new ArrayList<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemon(name));
        AtomicInteger workers = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(pool.submit(() -> {
                int worker = workers.getAndIncrement();
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return null;
                    }
                    boolean success;
                    try {
                        success = operation.run(worker, sequence.getAndIncrement());
                    } catch (Exhausted e) {
                        exhaustedAt.compareAndSet(0, System.nanoTime());
                        return null;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    } catch (Exception e) {
                        success = false;
                        if (firstError.compareAndSet(0, 1)) {
                            synchronized (errors) {
                                errors.add(e.toString());
                            }
                        }
                    }
                    long t1 = System.nanoTime();
                    // Counted when it ended inside the window (throughput = completions in the window).
                    if (t1 >= measureFrom && t1 <= end) {
                        latencies.recordNanos(t1 - t0);
                        (success ? ok : failed).incrementAndGet();
                    }
                }
            }));
        }
        try {
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (!errors.isEmpty()) {
            System.out.println("    (first error of " + name + ": " + errors.get(0) + ")");
        }
        long stoppedAt = exhaustedAt.get() == 0 ? end : Math.min(end, Math.max(measureFrom, exhaustedAt.get()));
        if (exhaustedAt.get() != 0) {
            System.out.printf("    (%s ran out of work %.1f s into its window)%n", name, (stoppedAt - measureFrom) / 1e9);
        }
        return new Measurement(name, unit, ok.get(), failed.get(), (stoppedAt - measureFrom) / 1e9, perItem,
                latencies.summary());
    }

    static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
