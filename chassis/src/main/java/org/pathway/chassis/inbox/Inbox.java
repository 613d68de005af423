package org.pathway.chassis.inbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.pathway.chassis.tenancy.SiteContext;
import org.pathway.chassis.tenancy.Sites;

import java.util.function.Consumer;

/**
 * The idempotent receiving side of every consumer. For each Kafka record it decodes the
 * CloudEvent, sets the site from {@code ce_siteid} (refusing sites not hosted here), and in ONE
 * transaction records the event id for this consumer and applies the handler; an id seen before
 * changes nothing. Poison messages, and failures that persist over a few attempts, are thrown, so
 * the channel's dead-letter strategy parks them with the reason; an unreachable database is waited
 * for, and a failure while the service stops leaves the event for redelivery ({@link DeliveryAttempts}).
 */
@ApplicationScoped
public class Inbox {

    private volatile boolean stopping;
    private final DeliveryAttempts attempts = new DeliveryAttempts(() -> this.stopping, Thread::sleep);

    private final EntityManager entityManager;
    private final SiteContext siteContext;
    private final Sites sites;

    public Inbox(EntityManager entityManager, SiteContext siteContext, Sites sites) {
        this.entityManager = entityManager;
        this.siteContext = siteContext;
        this.sites = sites;
    }

    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
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
        return attempts.run(event.id() + " (" + event.type().type() + ")",
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                }));
    }

    private boolean firstDelivery(String consumer, IncomingEvent event) {
        return entityManager.createNativeQuery(
                        "insert into inbox (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate() == 1;
    }
}
