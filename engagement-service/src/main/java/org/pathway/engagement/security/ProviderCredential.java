package org.pathway.engagement.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A provider's webhook secrets at this site, each AES-GCM encrypted (never stored in clear): the
 * current one and, for a grace period after a rotation, the previous one.
 */
@Entity
@Table(name = "provider_credential")
public class ProviderCredential extends PanacheEntityBase {

    @Id
    @Column(name = "provider_id")
    public String providerId;
    @Column(name = "current_secret", nullable = false)
    public String currentSecret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_expires_at")
    public Instant previousExpiresAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "rotated_at", nullable = false)
    public Instant rotatedAt;

    @Override
    public String toString() {
        return "ProviderCredential[providerId=" + providerId + "]";
    }
}
