package org.pathway.referral.referrer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to a referrer about one change of one referral: written in the change's transaction, then
 * delivered (in id order per referral), retried, or dead-lettered. {@link #requestId} is the message's stable
 * {@code X-Request-Id}: every attempt carries it, so a receiver can tell a retry from a new message.
 */
@Entity
@Table(name = "referrer_message")
public class ReferrerMessage extends PanacheEntityBase {

    public enum State { PENDING, DELIVERED, DEAD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "request_id", nullable = false, updatable = false)
    public UUID requestId;
    @Column(name = "correlation_id", nullable = false, updatable = false)
    public UUID correlationId;
    @Column(name = "referral_id", nullable = false, updatable = false)
    public UUID referralId;
    @Column(name = "ods_code", nullable = false, updatable = false)
    public String odsCode;
    /** {@link ReferralChange#wire()}. */
    @Column(nullable = false, updatable = false)
    public String change;
    /** {@link MessageFacts} as JSON. */
    @Column(nullable = false, updatable = false)
    public String facts;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** The receiver's last HTTP status; null when no answer came (refused, timed out). */
    @Column(name = "last_status")
    public Integer lastStatus;
    /** A short code of the last failure (e.g. {@code http-503}, {@code unreachable}); never a body. */
    @Column(name = "last_error")
    public String lastError;
}
