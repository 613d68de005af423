package org.pathway.engagement.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/** {@code pathway.placements.v1}: confirmed and ended placements. */
@ApplicationScoped
public class PlacementConsumer {

    static final String CONSUMER = "engagement-service";

    private final Inbox inbox;
    private final PlacementFacts facts;

    public PlacementConsumer(Inbox inbox, PlacementFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("placements")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, facts::apply);
    }
}
