package org.pathway.engagement.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/**
 * {@code pathway.referrals.v1} (who the site's participants are, their withdrawals and closures) and
 * {@code pathway.placements.v1} (confirmed and ended placements), received through the chassis inbox under
 * one consumer name, so an event is applied once whichever channel delivers it.
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
    public void consumeReferral(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, referrals::apply);
    }

    @Incoming("placements")
    @Blocking
    public void consumePlacement(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, placements::apply);
    }
}
