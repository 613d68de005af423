package org.pathway.reporting.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.reporting.store.FactWriter;

/**
 * Feeds the research store from every site's events on all three topics. Each record goes through
 * the chassis inbox: decoded, checked to come from a hosted site, deduplicated by event id and
 * applied in one transaction; poison records are parked on {@code pathway.dlq.reporting-service}.
 *
 * <p>Records are applied several at a time, not one after another in partition order: every write is
 * order-independent and a participant's events take a lock on them, so arrival order does not change
 * the store (see {@code FactWriter}), while a transaction waiting on its commit no longer holds up the
 * next record. Kafka offsets are still committed only up to the oldest record not yet applied.
 */
@ApplicationScoped
public class ResearchStoreConsumer {

    /** The inbox's consumer name: one name for the three channels, since an event id is unique across topics. */
    static final String CONSUMER = "reporting-service";

    /** The worker pool the three channels share; its size is {@code smallrye.messaging.worker.research-store.max-concurrency}. */
    static final String WORKERS = "research-store";

    private final Inbox inbox;
    private final FactWriter facts;

    public ResearchStoreConsumer(Inbox inbox, FactWriter facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("referrals")
    @Blocking(value = ResearchStoreConsumer.WORKERS, ordered = false)
    public void referrals(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, facts::apply);
    }

    @Incoming("placements")
    @Blocking(value = ResearchStoreConsumer.WORKERS, ordered = false)
    public void placements(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, facts::apply);
    }

    @Incoming("engagement")
    @Blocking(value = ResearchStoreConsumer.WORKERS, ordered = false)
    public void engagement(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, facts::apply);
    }
}
