package org.pathway.chassis.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.pathway.chassis.config.PathwayConfig;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.tenancy.CurrentSite;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes events into the current site's outbox table in the caller's transaction, so a state
 * change and its events are stored together or not at all. The relay publishes them after commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final CurrentSite currentSite;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String service;

    public Outbox(EntityManager entityManager, CurrentSite currentSite,
                  TransactionSynchronizationRegistry transactions, OutboxRelay relay, PathwayConfig config) {
        this.entityManager = entityManager;
        this.currentSite = currentSite;
        this.transactions = transactions;
        this.relay = relay;
        this.service = config.service();
    }

    /** Appends one event; returns its CloudEvents id. Must run inside the state change's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(PathwayEvent event) {
        EventType type = EventType.of(event.getClass());
        String siteId = currentSite.require();
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        insert into outbox (event_id, topic, event_type, site_id, source, participant_id,
                                            occurred_at, payload, traceparent)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, id)
                .setParameter(2, type.topic())
                .setParameter(3, type.type())
                .setParameter(4, siteId)
                .setParameter(5, CloudEvents.source(siteId, service))
                .setParameter(6, event.participantId())
                .setParameter(7, Instant.now())
                .setParameter(8, EventJson.write(event))
                .setParameter(9, currentTraceparent())
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
