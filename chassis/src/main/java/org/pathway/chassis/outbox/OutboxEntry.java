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
 * One row of a site's outbox, for reads inside the site's session (tests read what was stored and
 * what is still unsent through it). Writes and the relay's reads stay plain JDBC: {@link Outbox}
 * inserts a batch of rows in one round trip, which Hibernate cannot do for a database-generated
 * key, and {@link OutboxRelay} reads every site's schema in turn outside any site's session. The
 * mapping also makes every service's persistence unit exist before the service has entities of
 * its own, for the {@code EntityManager} that {@link Outbox} and the inbox use.
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
