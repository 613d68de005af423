package org.pathway.matching.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/**
 * Referral events in, through the chassis inbox: each event is applied once, in its site's
 * schema, in one transaction with the events it causes.
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
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, handler::apply);
    }
}
