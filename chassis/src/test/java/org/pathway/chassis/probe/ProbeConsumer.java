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
    }
}
