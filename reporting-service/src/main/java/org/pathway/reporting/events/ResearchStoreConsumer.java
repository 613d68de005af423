package org.pathway.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.reporting.store.FactWriter;

/**
 * Feeds the research store from every site's events on all three topics. Each record goes through
 * the chassis inbox: decoded, checked to come from a hosted site, deduplicated by event id and
 * applied in one transaction; poison records are parked on {@code pathway.dlq.reporting-service}.
 */
@ApplicationScoped
public class ResearchStoreConsumer {

    /** The inbox's consumer name: one name for the three channels, since an event id is unique across topics. */
    static final String CONSUMER = "reporting-service";

    private final Inbox inbox;
    private final FactWriter facts;

    public ResearchStoreConsumer(Inbox inbox, FactWriter facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("referrals")
    @Blocking
    public void referrals(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, facts::apply);
    }

    @Incoming("placements")
    @Blocking
    public void placements(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, facts::apply);
    }

    @Incoming("engagement")
    @Blocking
    public void engagement(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, facts::apply);
    }
}
