package org.pathway.engagement.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;

/** {@code pathway.referrals.v1}: withdrawals and closures. */
@ApplicationScoped
public class ReferralConsumer {

    private final Inbox inbox;
    private final ReferralFacts facts;

    public ReferralConsumer(Inbox inbox, ReferralFacts facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("referrals")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(PlacementConsumer.CONSUMER, record, facts::apply);
    }
}
