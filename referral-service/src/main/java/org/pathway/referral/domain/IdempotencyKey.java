package org.pathway.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An {@code Idempotency-Key} a trust sent with a new referral, and the referral it made. A key is only
 * stored with a new referral, so the table's {@code response_status} keeps its default (see V2).
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {

    @Id
    @Column(name = "key")
    public String key;
    /** Null once the referral's data was erased: the key can then no longer be replayed. */
    @Column(name = "request_fingerprint")
    public String requestFingerprint;
    @Column(name = "referral_id", nullable = false, updatable = false)
    public UUID referralId;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static IdempotencyKey of(String key, String requestFingerprint, UUID referralId, Instant createdAt) {
        IdempotencyKey row = new IdempotencyKey();
        row.key = key;
        row.requestFingerprint = requestFingerprint;
        row.referralId = referralId;
        row.createdAt = createdAt;
        return row;
    }

    /** Forgets the fingerprints of a referral whose identifiable data is being erased. */
    public static void forgetFingerprintsOf(UUID referralId) {
        update("requestFingerprint = null where referralId = ?1", referralId);
    }
}
