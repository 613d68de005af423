package org.pathway.referral.referrer;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.pathway.chassis.outbox.RelayThread;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.referral.config.ReferrerConfig;

/**
 * The delivery worker: one thread that, site by site, attempts every due referrer message, then sleeps until a
 * change commits a new message ({@link #wake()}) or {@code referrer.messages.poll} passes (retries, and messages
 * another replica wrote): the chassis' {@link RelayThread}, as the event outbox has. Several replicas may run it
 * at once: each message is claimed under a row lock.
 */
@ApplicationScoped
public class MessageDelivery {

    private static final Logger LOG = Logger.getLogger(MessageDelivery.class);

    private final Sites sites;
    private final MessageDispatch dispatch;
    private final ReferrerConfig config;
    private final RelayThread thread;
    private boolean warm;

    public MessageDelivery(Sites sites, MessageDispatch dispatch, ReferrerConfig config) {
        this.sites = sites;
        this.dispatch = dispatch;
        this.config = config;
        this.thread = new RelayThread("referrer-messages", config.messages().poll(), LOG,
                "Referrer messages cannot be delivered now (%s); they stay queued and are retried",
                "Referrer messages delivering again");
    }

    void start(@Observes StartupEvent event) {
        if (config.messages().enabled()) {
            thread.start(this::deliverDue);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        thread.stop();
    }

    /** Asks the worker to look for due messages now. */
    public void wake() {
        thread.wake();
    }

    /** One pass: site by site, every due message (each claimed, sent and recorded by {@link MessageDispatch}). */
    private void deliverDue() {
        if (!warm) {
            BarsMessageBack.warmUp(); // on this thread, so that start-up does not wait for HAPI's model
            warm = true;
        }
        for (String site : sites.ids()) {
            while (thread.running() && dispatch.deliverNext(site)) {
                // next message of the site
            }
        }
    }
}
