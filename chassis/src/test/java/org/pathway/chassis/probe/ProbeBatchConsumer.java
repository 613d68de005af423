package org.pathway.chassis.probe;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.inbox.PoisonMessageException;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A consumer that takes records in batches, as reporting-service does. */
@ApplicationScoped
public class ProbeBatchConsumer {

    /** The participant ids of every list the handler was given, in order: shows what was applied together. */
    public static final List<List<String>> HANDLED = new CopyOnWriteArrayList<>();
    /** Participants whose events the batch consumer answers with an event of its own (a contact), as engagement does. */
    public static final Set<String> ANSWERED = ConcurrentHashMap.newKeySet();

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final Outbox outbox;

    public ProbeBatchConsumer(Inbox inbox, EntityManager entityManager, Outbox outbox) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Incoming("probe-batch")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch("chassis-probe-batch", batch, this::applyAll);
    }

    private void applyAll(List<IncomingEvent> events) {
        HANDLED.add(events.stream().map(IncomingEvent::participantId).toList());
        inbox.applyInOrder(events, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (ProbeConsumer.REFUSED_PARTICIPANT.equals(event.participantId())) {
            throw new PoisonMessageException("probe refuses this participant");
        }
        entityManager.createNativeQuery(
                        "insert into probe_effect (event_id, participant_id, event_type) values (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, event.participantId())
                .setParameter(3, event.type().type())
                .executeUpdate();
        if (ANSWERED.contains(event.participantId())) {
            outbox.append(new ReferralContacted(event.participantId(), UUID.randomUUID(), Instant.now(), "phone"));
        }
    }
}
