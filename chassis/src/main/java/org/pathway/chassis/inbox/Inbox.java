package org.pathway.chassis.inbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.pathway.chassis.tenancy.SiteContext;
import org.pathway.chassis.tenancy.Sites;

import java.util.function.Consumer;

/**
 * The idempotent receiving side of every consumer. For each Kafka record it decodes the
 * CloudEvent, sets the site from {@code ce_siteid} (refusing sites not hosted here), and in ONE
 * transaction records the event id for this consumer and applies the handler; an id seen before
 * changes nothing. Transient failures are retried a few times; poison messages and failures that
 * persist are thrown, so the channel's dead-letter strategy parks them with the reason.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final int ATTEMPTS = 3;

    private final EntityManager entityManager;
    private final SiteContext siteContext;
    private final Sites sites;

    public Inbox(EntityManager entityManager, SiteContext siteContext, Sites sites) {
        this.entityManager = entityManager;
        this.siteContext = siteContext;
        this.sites = sites;
    }

    /** Processes one record for the named consumer; returns whether the handler ran (false: duplicate). */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        IncomingEvent event = CloudEventDecoder.decode(record);
        if (!sites.hosts(event.siteId())) {
            throw new PoisonMessageException("site not hosted by this deployment");
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            if (sites.schemaPerSite()) {
                siteContext.set(event.siteId());
            }
            return withRetries(consumer, event, handler);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private boolean withRetries(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
            } catch (PoisonMessageException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("Event %s (%s) failed on attempt %d (%s); retrying", event.id(), event.type().type(),
                        attempt, e.getClass().getSimpleName());
                sleep(200L * attempt);
            }
        }
    }

    private boolean firstDelivery(String consumer, IncomingEvent event) {
        return entityManager.createNativeQuery(
                        "insert into inbox (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate() == 1;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
