package org.pathway.chassis.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a schema's outbox, as mapped for reads (operations, tests). Rows are written by
 * {@link Outbox} and published by {@link OutboxRelay}; the mapping also makes every service's
 * persistence unit exist even before it has entities of its own.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "site_id", nullable = false, updatable = false)
    public String siteId;

    @Column(nullable = false, updatable = false)
    public String source;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public String participantId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false)
    public String payload;

    public String traceparent;

    @Column(name = "sent_at")
    public Instant sentAt;
}
