package org.pathway.referral.referrer;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.referral.config.ReferrerConfig;

/**
 * The delivery worker: one thread that, site by site, attempts every due referrer message, then sleeps until a
 * change commits a new message ({@link #wake()}) or {@code referrer.messages.poll} passes (retries, and messages
 * another replica wrote). Several replicas may run it at once: each message is claimed under a row lock.
 */
@ApplicationScoped
public class MessageDelivery {

    private static final Logger LOG = Logger.getLogger(MessageDelivery.class);

    private final Semaphore wakeUp = new Semaphore(0);
    private final Sites sites;
    private final MessageDispatch dispatch;
    private final ReferrerConfig config;
    private volatile boolean running;
    private Thread thread;

    public MessageDelivery(Sites sites, MessageDispatch dispatch, ReferrerConfig config) {
        this.sites = sites;
        this.dispatch = dispatch;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.messages().enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "referrer-messages");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            wakeUp.release();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the worker to look for due messages now. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        BarsMessageBack.warmUp();
        boolean failing = false;
        while (running) {
            try {
                wakeUp.drainPermits();
                for (String site : sites.ids()) {
                    while (running && dispatch.deliverNext(site)) {
                        // next message of the site
                    }
                }
                if (failing) {
                    LOG.info("Referrer messages delivering again");
                    failing = false;
                }
                wakeUp.tryAcquire(config.messages().poll().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warnf("Referrer messages cannot be delivered now (%s); they stay queued and are retried",
                            e.getClass().getSimpleName());
                    failing = true;
                }
                pause(Duration.ofSeconds(1));
            }
        }
    }

    private void pause(Duration duration) {
        try {
            wakeUp.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
