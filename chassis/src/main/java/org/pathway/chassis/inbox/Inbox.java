package org.pathway.chassis.inbox;

import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.pathway.chassis.metrics.InboxMeters;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.tracing.EventTracing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The idempotent receiving side of every consumer. For each Kafka record it decodes the
 * CloudEvent, sets the site from {@code ce_siteid} (skipping a site hosted by another deployment, refusing one no deployment knows), and in ONE
 * transaction records the event id for this consumer and applies the handler; an id seen before
 * changes nothing. Poison messages, and failures that persist over a few attempts, are thrown, so
 * the channel's dead-letter strategy parks them with the reason; an unreachable database is waited
 * for, and a failure while the service stops leaves the event for redelivery ({@link DeliveryAttempts}).
 *
 * <p>A consumer that takes records in batches ({@code batch=true} on the channel) uses
 * {@link #receiveBatch}: the batch's events of one site are deduplicated with one insert and applied in
 * one transaction; if that transaction fails, they are applied again one at a time as above, so a bad
 * event is still retried and dead-lettered alone and the others are not held back by it.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private volatile boolean stopping;
    /** While a batch is applied on this thread: each of its events' CONSUMER span, by event id ({@link #handling}). */
    private final ThreadLocal<Map<UUID, Span>> batchSpans = new ThreadLocal<>();
    private final DeliveryAttempts attempts = new DeliveryAttempts(() -> this.stopping, Thread::sleep);

    private final EntityManager entityManager;
    private final SiteWork siteWork;
    private final Sites sites;
    private final EventTracing tracing;
    private final InboxMeters meters;

    public Inbox(EntityManager entityManager, SiteWork siteWork, Sites sites, EventTracing tracing, InboxMeters meters) {
        this.meters = meters;
        this.entityManager = entityManager;
        this.siteWork = siteWork;
        this.sites = sites;
        this.tracing = tracing;
    }

    void stopping(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    /** Processes one record for the named consumer; returns whether the handler ran (false: duplicate). */
    public boolean receive(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        Span span = tracing.startConsume(consumer, record);
        try {
            return tracing.within(span, () -> {
                IncomingEvent decoded = tracing.describe(span, CloudEventDecoder.decode(record));
                if (sites.hostedElsewhere(decoded.siteId())) {
                    return false; // the deployment that hosts the site applies it
                }
                IncomingEvent event = hosted(decoded);
                boolean applied = inSiteContext(event.siteId(), () -> withRetries(consumer, event, handler));
                meters.settled(consumer, record.topic(), event.siteId(), applied ? 1 : 0, applied ? 0 : 1);
                return applied;
            });
        } catch (RuntimeException e) {
            meters.deadLettered(consumer, record); // thrown to the channel, whose failure strategy parks it
            throw e;
        }
    }

    /**
     * Processes a batch of records for the named consumer and settles each one: acknowledged once
     * applied (or seen before), dead-lettered through the channel's failure strategy when it is poison
     * or keeps failing. Completes when every record is settled.
     */
    public CompletionStage<Void> receiveBatch(String consumer, KafkaRecordBatch<String, String> batch,
                                              BatchHandler handler) {
        List<CompletionStage<Void>> settled = new ArrayList<>();
        Map<String, List<Delivery>> bySite = new LinkedHashMap<>();
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            ConsumerRecord<String, String> record = consumerRecord(message);
            Span span = tracing.startConsume(consumer, record);
            try {
                IncomingEvent decoded = tracing.describe(span, CloudEventDecoder.decode(record));
                if (sites.hostedElsewhere(decoded.siteId())) {
                    span.end();
                    settled.add(message.ack()); // the deployment that hosts the site applies it
                    continue;
                }
                IncomingEvent event = hosted(decoded);
                bySite.computeIfAbsent(event.siteId(), site -> new ArrayList<>()).add(new Delivery(message, event, span));
            } catch (PoisonMessageException e) {
                meters.deadLettered(consumer, record);
                EventTracing.failed(span, e);
                span.end();
                settled.add(message.nack(e));
            }
        }
        // One transaction per site: with a schema per site a transaction writes one site's schema.
        bySite.forEach((site, deliveries) -> settled.addAll(applyTogether(consumer, site, deliveries, handler)));
        return CompletableFuture.allOf(settled.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    private List<CompletionStage<Void>> applyTogether(String consumer, String siteId, List<Delivery> deliveries,
                                                      BatchHandler handler) {
        try {
            int applied = inSiteContext(siteId, () -> QuarkusTransaction.requiringNew().call(() -> {
                Set<UUID> firstSeen = firstDeliveries(consumer, deliveries.stream().map(d -> d.event().id()).toList());
                List<IncomingEvent> fresh = new ArrayList<>();
                for (Delivery delivery : deliveries) {
                    if (firstSeen.remove(delivery.event().id())) {
                        fresh.add(delivery.event());
                    }
                }
                if (!fresh.isEmpty()) {
                    Map<UUID, Span> spans = new HashMap<>();
                    deliveries.forEach(delivery -> spans.put(delivery.event().id(), delivery.span()));
                    batchSpans.set(spans);
                    try {
                        handler.apply(fresh);
                    } finally {
                        batchSpans.remove();
                    }
                }
                return fresh.size();
            }));
            meters.settled(consumer, deliveries.get(0).message().getTopic(), siteId, applied, deliveries.size() - applied);
            deliveries.forEach(delivery -> delivery.span().end());
            return deliveries.stream().map(delivery -> delivery.message().ack()).toList();
        } catch (RuntimeException e) {
            LOG.infof("A batch of %d events failed as a whole (%s); applying them one at a time",
                    deliveries.size(), e.getClass().getSimpleName());
            return deliveries.stream().map(delivery -> applyAlone(consumer, delivery, handler)).toList();
        }
    }

    /**
     * Runs part of a {@link BatchHandler}'s work for one event of its batch with that event's CONSUMER span current,
     * so that what it writes (outbox rows: their traceparent) continues the event's trace, as when events are applied
     * one at a time. A handler that writes events calls it around each event's work; outside a batch (one event at
     * a time, when its span is current already) it just runs the work.
     */
    public void handling(IncomingEvent event, Runnable work) {
        Map<UUID, Span> spans = batchSpans.get();
        Span span = spans == null ? null : spans.get(event.id());
        if (span == null) {
            work.run();
            return;
        }
        tracing.within(span, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Applies a batch's events in one transaction one after another, in the order received, each as if it were alone
     * and under its own CONSUMER span ({@link #handling}): its entity writes are flushed and the persistence context
     * emptied before the next, so an event finds what the ones before it wrote in the database, as it would after
     * their commits, and the context does not grow with the batch.
     */
    public void applyInOrder(List<IncomingEvent> events, Consumer<IncomingEvent> handler) {
        for (IncomingEvent event : events) {
            handling(event, () -> {
                handler.accept(event);
                entityManager.flush();
            });
            entityManager.clear();
        }
    }

    private CompletionStage<Void> applyAlone(String consumer, Delivery delivery, BatchHandler handler) {
        IncomingEvent event = delivery.event();
        try {
            boolean applied = tracing.within(delivery.span(), () -> inSiteContext(event.siteId(),
                    () -> withRetries(consumer, event, alone -> handler.apply(List.of(alone)))));
            meters.settled(consumer, delivery.message().getTopic(), event.siteId(), applied ? 1 : 0, applied ? 0 : 1);
            return delivery.message().ack();
        } catch (RuntimeException e) {
            meters.deadLettered(consumer, consumerRecord(delivery.message()));
            return delivery.message().nack(e);
        }
    }

    private IncomingEvent hosted(IncomingEvent event) {
        if (!sites.hosts(event.siteId())) {
            throw new PoisonMessageException("site not hosted by this deployment");
        }
        return event;
    }

    /** Runs the work as the event's site; each attempt inside opens its own transaction. */
    private <T> T inSiteContext(String siteId, Supplier<T> work) {
        return siteWork.inSiteContext(siteId, work);
    }

    private boolean withRetries(String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
        return attempts.run(event.id() + " (" + event.type().type() + ")",
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                }));
    }

    private boolean firstDelivery(String consumer, IncomingEvent event) {
        return entityManager.createNativeQuery(
                        "insert into inbox (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate() == 1;
    }

    /** Records the event ids for this consumer in one statement; returns those not recorded before. */
    private Set<UUID> firstDeliveries(String consumer, List<UUID> eventIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            // In id order, so two transactions recording overlapping batches cannot deadlock.
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into inbox (consumer, event_id)
                    select ?, event_id from unnest(?) as ids (event_id) order by event_id
                    on conflict do nothing
                    returning event_id""")) {
                statement.setString(1, consumer);
                statement.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
                Set<UUID> recorded = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(rows.getObject(1, UUID.class));
                    }
                }
                return recorded;
            }
        });
    }

    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> message) {
        @SuppressWarnings("unchecked")
        ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("a batch record without its Kafka metadata"));
        return record;
    }

    /** A record of a batch, decoded, with the CONSUMER span that lasts until it is applied or dead-lettered. */
    private record Delivery(KafkaRecord<String, String> message, IncomingEvent event, Span span) {
    }
}
