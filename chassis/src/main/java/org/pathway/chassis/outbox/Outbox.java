package org.pathway.chassis.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.pathway.chassis.config.PathwayConfig;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.tenancy.CurrentSite;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes events into the current site's outbox table in the caller's transaction, so a state
 * change and its events are stored together or not at all. The relay publishes them after commit.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox (event_id, topic, event_type, site_id, source, participant_id,
                                occurred_at, payload, traceparent)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

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
        return appendAll(List.of(event)).get(0);
    }

    /**
     * Appends events in the order given, which is the order the relay publishes them in, in one JDBC
     * batch on the transaction's own connection (already pointed at the current site's schema): one
     * round trip for a webhook batch's hundreds of events. Returns their CloudEvents ids, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(List<? extends PathwayEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        String siteId = currentSite.require();
        String source = CloudEvents.source(siteId, service);
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        String traceparent = currentTraceparent();
        List<UUID> ids = new ArrayList<>(events.size());
        // The state change's pending entity writes go first, as a native insert would have flushed them.
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (PathwayEvent event : events) {
                    EventType type = EventType.of(event.getClass());
                    UUID id = UUID.randomUUID();
                    ids.add(id);
                    statement.setObject(1, id, Types.OTHER);
                    statement.setString(2, type.topic());
                    statement.setString(3, type.type());
                    statement.setString(4, siteId);
                    statement.setString(5, source);
                    statement.setString(6, event.participantId());
                    statement.setObject(7, occurredAt, Types.TIMESTAMP_WITH_TIMEZONE);
                    statement.setString(8, EventJson.write(event));
                    statement.setString(9, traceparent);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
        wakeRelayAfterCommit(siteId);
        return ids;
    }

    private void wakeRelayAfterCommit(String siteId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake(siteId);
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
