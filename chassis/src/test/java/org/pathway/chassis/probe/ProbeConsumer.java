package org.pathway.chassis.probe;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.pathway.chassis.inbox.Inbox;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.chassis.events.PlacementProposed;
import org.pathway.chassis.inbox.PoisonMessageException;
import org.pathway.chassis.outbox.Outbox;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A consumer as a service writes one: everything through the inbox. */
@ApplicationScoped
public class ProbeConsumer {

    /** A participant id whose events the probe refuses, to exercise the dead-letter path. */
    public static final String REFUSED_PARTICIPANT = "P-0000000000000BAD";
    /** A participant id whose events the probe holds until {@link #release()}: a consumer that hangs in its handler. */
    public static final String HELD_PARTICIPANT = "P-00000000000000HD";

    private static volatile java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(0);

    /** From now on, an event of {@link #HELD_PARTICIPANT} blocks the consumer until {@link #release()} (at most 60 s). */
    public static void hold() {
        held = new java.util.concurrent.CountDownLatch(1);
    }

    public static void release() {
        held.countDown();
    }

    /** Participants whose events the probe answers with an event of its own (a placement proposed), as matching does. */
    public static final Set<String> ANSWERED = ConcurrentHashMap.newKeySet();

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final Outbox outbox;

    public ProbeConsumer(Inbox inbox, EntityManager entityManager, Outbox outbox) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Incoming("probe")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.receive("chassis-probe", record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (HELD_PARTICIPANT.equals(event.participantId())) {
            try {
                held.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (REFUSED_PARTICIPANT.equals(event.participantId())) {
            throw new PoisonMessageException("probe refuses this participant");
        }
        entityManager.createNativeQuery("insert into probe_effect (event_id, participant_id, event_type) values (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, event.participantId())
                .setParameter(3, event.type().type())
                .executeUpdate();
        if (ANSWERED.contains(event.participantId())) {
            outbox.append(new PlacementProposed(event.participantId(), UUID.randomUUID(), UUID.randomUUID(),
                    "probe-provider", "arts", 0, Instant.now()));
        }
    }
}
