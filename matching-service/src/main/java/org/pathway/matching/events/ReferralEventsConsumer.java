package org.pathway.matching.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/**
 * Referral events in, through the chassis inbox, in batches (what one poll returns): each event is applied once,
 * in its site's schema, together with the events it causes. A batch's events of one site are deduplicated with one
 * insert and applied in one transaction, one after another in the order received; when that transaction fails they
 * are applied again one at a time, so a poison event is dead-lettered on {@code pathway.dlq.matching-service} alone.
 * Batches are taken one after another ({@code @Blocking} is ordered), so a participant's events are applied in the
 * order referral-service published them.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    /** The inbox key of this consumer: stored with every event it has applied. */
    public static final String CONSUMER = "matching-service";

    private final Inbox inbox;
    private final ReferralEventHandler handler;

    public ReferralEventsConsumer(Inbox inbox, ReferralEventHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("referrals")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch, handler::applyAll);
    }
}
