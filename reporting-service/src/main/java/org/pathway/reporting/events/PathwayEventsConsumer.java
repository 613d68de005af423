package org.pathway.reporting.events;

import java.util.concurrent.CompletionStage;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/**
 * Feeds the research store from every site's events on all three topics. Records come in batches
 * (what one poll returns) and go through the chassis inbox: decoded, checked to come from a hosted
 * site, deduplicated by event id, and each site's events applied in one transaction by
 * {@link PathwayEventHandler}; poison records are parked on {@code pathway.dlq.reporting-service}, alone,
 * the rest of their batch applied.
 *
 * <p>Batches are applied several at a time, not one after another in partition order: every write is
 * order-independent and a participant's events take a lock on them, so arrival order does not change
 * the store (see {@code FactWriter}), while a transaction waiting on its commit does not hold up the
 * next batch. Kafka offsets are still committed only up to the oldest record not yet applied.
 */
@ApplicationScoped
public class PathwayEventsConsumer {

    /** The inbox's consumer name: one name for the three channels, since an event id is unique across topics. */
    static final String CONSUMER = "reporting-service";

    /** The worker pool the three channels share; its size is {@code smallrye.messaging.worker.research-store.max-concurrency}. */
    static final String WORKERS = "research-store";

    private final Inbox inbox;
    private final PathwayEventHandler handler;

    public PathwayEventsConsumer(Inbox inbox, PathwayEventHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("referrals")
    @Incoming("placements")
    @Incoming("engagement")
    @Blocking(value = WORKERS, ordered = false)
    public CompletionStage<Void> receive(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch, handler::applyAll);
    }
}
