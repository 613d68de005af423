package org.pathway.engagement.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/** {@code pathway.referrals.v1}: who the site's participants are, and their withdrawals and closures. */
@ApplicationScoped
public class ReferralEventsConsumer {

    /** The inbox key of this consumer's events (stored in every site's {@code inbox} table). */
    static final String CONSUMER = "engagement-service";

    private final Inbox inbox;
    private final ReferralEventHandler handler;

    public ReferralEventsConsumer(Inbox inbox, ReferralEventHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("referrals")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, handler::apply);
    }
}
