package org.pathway.chassis.probe;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;

/** A consumer as a service writes one: everything through the inbox. */
@ApplicationScoped
public class ProbeConsumer {

    /** A participant id whose events the probe refuses, to exercise the dead-letter path. */
    public static final String REFUSED_PARTICIPANT = "P-0000000000000BAD";

    private final Inbox inbox;
    private final EntityManager entityManager;

    public ProbeConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("probe")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive("chassis-probe", record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (REFUSED_PARTICIPANT.equals(event.participantId())) {
            throw new PoisonMessageException("probe refuses this participant");
        }
        entityManager.createNativeQuery("insert into probe_effect (event_id, participant_id, event_type) values (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, event.participantId())
                .setParameter(3, event.type().type())
                .executeUpdate();
    }
}
