package org.pathway.engagement.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/**
 * {@code pathway.referrals.v1} (who the site's participants are, their withdrawals and closures) and
 * {@code pathway.placements.v1} (confirmed and ended placements), received through the chassis inbox under
 * one consumer name, so an event is applied once whichever channel delivers it.
 *
 * <p>Records come in batches (what one poll returns): a batch's events of one site are deduplicated with one insert
 * and applied in one transaction, one after another in the order received; when that transaction fails they are
 * applied again one at a time, so a poison event is dead-lettered on {@code pathway.dlq.engagement-service} alone.
 * Each channel takes its batches one after another ({@code @Blocking} is ordered), so a participant's events of a
 * topic are applied in the order they were published.
 */
@ApplicationScoped
public class ReferralAndPlacementEventsConsumer {

    /** The inbox key of this service's events (stored in every site's {@code inbox} table). */
    static final String CONSUMER = "engagement-service";

    private final Inbox inbox;
    private final ReferralEventHandler referrals;
    private final PlacementEventHandler placements;

    public ReferralAndPlacementEventsConsumer(Inbox inbox, ReferralEventHandler referrals,
                                              PlacementEventHandler placements) {
        this.inbox = inbox;
        this.referrals = referrals;
        this.placements = placements;
    }

    @Incoming("referrals")
    @Blocking
    public CompletionStage<Void> consumeReferrals(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch, referrals::applyAll);
    }

    @Incoming("placements")
    @Blocking
    public CompletionStage<Void> consumePlacements(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch, placements::applyAll);
    }
}
