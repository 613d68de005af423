package org.pathway.matching.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.matching.domain.ParticipantLifecycle;

/**
 * Referral events in: profiles, withdrawals and closures. Through the chassis inbox, so each
 * event is applied once, in its site's schema, in one transaction with the events it causes.
 * Other referral event types mean nothing to matching and are only recorded as seen.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    public static final String CONSUMER = "matching-service";

    private final Inbox inbox;
    private final ParticipantLifecycle lifecycle;

    public ReferralEventsConsumer(Inbox inbox, ParticipantLifecycle lifecycle) {
        this.inbox = inbox;
        this.lifecycle = lifecycle;
    }

    @Incoming("referrals")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (event.is(EventType.REFERRAL_ACCEPTED)) {
            lifecycle.accepted(event.data(ReferralAccepted.class));
        } else if (event.is(EventType.REFERRAL_WITHDRAWN)) {
            lifecycle.withdrawn(event.data(ReferralWithdrawn.class));
        } else if (event.is(EventType.REFERRAL_CLOSED)) {
            lifecycle.closed(event.data(ReferralClosed.class));
        }
    }
}
