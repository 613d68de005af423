package org.pathway.chassis.probe;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A consumer that takes records in batches, as reporting-service does. */
@ApplicationScoped
public class ProbeBatchConsumer {

    /** The participant ids of every list the handler was given, in order: shows what was applied together. */
    public static final List<List<String>> HANDLED = new CopyOnWriteArrayList<>();

    private final Inbox inbox;
    private final EntityManager entityManager;

    public ProbeBatchConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
    }

    @Incoming("probe-batch")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch("chassis-probe-batch", batch, this::apply);
    }

    private void apply(List<IncomingEvent> events) {
        HANDLED.add(events.stream().map(IncomingEvent::participantId).toList());
        for (IncomingEvent event : events) {
            if (ProbeConsumer.REFUSED_PARTICIPANT.equals(event.participantId())) {
                throw new PoisonMessageException("probe refuses this participant");
            }
            entityManager.createNativeQuery(
                            "insert into probe_effect (event_id, participant_id, event_type) values (?1, ?2, ?3)")
                    .setParameter(1, event.id())
                    .setParameter(2, event.participantId())
                    .setParameter(3, event.type().type())
                    .executeUpdate();
        }
    }
}
