package org.pathway.referral.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/**
 * {@code pathway.placements.v1} (confirmed placements) and {@code pathway.engagement.v1} (attendance, engagement
 * status, outcomes), what the referrer's messages need from the rest of the platform, received in batches
 * through the chassis inbox under one consumer name; poison records go to {@code pathway.dlq.referral-service}.
 */
@ApplicationScoped
public class PlacementAndEngagementEventsConsumer {

    /** The inbox key of this service's events (stored in every site's {@code inbox} table). */
    static final String CONSUMER = "referral-service";

    private final Inbox inbox;
    private final PlacementEventHandler placements;
    private final EngagementEventHandler engagement;

    public PlacementAndEngagementEventsConsumer(Inbox inbox, PlacementEventHandler placements,
                                                EngagementEventHandler engagement) {
        this.inbox = inbox;
        this.placements = placements;
        this.engagement = engagement;
    }

    @Incoming("placements")
    @Blocking
    public CompletionStage<Void> consumePlacements(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch, events -> events.forEach(placements::apply));
    }

    @Incoming("engagement")
    @Blocking
    public CompletionStage<Void> consumeEngagement(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch, events -> events.forEach(engagement::apply));
    }
}
