package org.pathway.chassis.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The one background thread of a relay: it runs a pass (send whatever is due), then sleeps until {@link #wake()}
 * (a transaction with something to send committed) or the idle poll passes (retries, rows another replica wrote,
 * recovery after an outage). A pass that throws is logged once, with its exception's class only (never its
 * message, which may quote data), and tried again a second later until one succeeds. {@link OutboxRelay} (events
 * to Kafka) and the referral-service's messages back to referrers both run on it; what a pass claims, and how
 * each row is retried, is theirs.
 */
public final class RelayThread {

    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final long JOIN_MILLIS = 5_000;

    private final Semaphore wakeUp = new Semaphore(0);
    private final String name;
    private final Duration idlePoll;
    private final Logger log;
    private final String failingMessage;
    private final String recoveredMessage;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param failingMessage logged (warn) when a pass first fails; {@code %s} is the exception's simple class name
     * @param recoveredMessage logged (info) when a pass succeeds after failures
     */
    public RelayThread(String name, Duration idlePoll, Logger log, String failingMessage, String recoveredMessage) {
        this.name = name;
        this.idlePoll = idlePoll;
        this.log = log;
        this.failingMessage = failingMessage;
        this.recoveredMessage = recoveredMessage;
    }

    /** Starts the thread; it runs {@code pass} at once, then after every wake-up or idle poll. */
    public synchronized void start(Runnable pass) {
        running = true;
        thread = new Thread(() -> run(pass), name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the thread after its current pass (waiting up to five seconds for it). */
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            wakeUp.release();
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a pass now. */
    public void wake() {
        wakeUp.release();
    }

    /** False once {@link #stop()} was called: a long pass checks it between rows. */
    public boolean running() {
        return running;
    }

    private void run(Runnable pass) {
        boolean failing = false;
        while (running) {
            try {
                // Wake-ups that arrive during the pass stay counted, so the next pass follows at once.
                wakeUp.drainPermits();
                pass.run();
                if (failing) {
                    log.info(recoveredMessage);
                    failing = false;
                }
                wakeUp.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warnf(failingMessage, e.getClass().getSimpleName());
                    failing = true;
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            wakeUp.tryAcquire(PAUSE_AFTER_FAILURE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
