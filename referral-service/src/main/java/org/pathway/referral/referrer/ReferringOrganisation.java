package org.pathway.referral.referrer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A referring organisation registered at this site: where its messages go, how, and its encrypted signing secret. */
@Entity
@Table(name = "referring_organisation")
public class ReferringOrganisation extends PanacheEntityBase {

    @Id
    @Column(name = "ods_code")
    public String odsCode;
    @Column(nullable = false)
    public String endpoint;
    /** {@code bars} or {@code json} ({@link MessageFormat#wire()}). */
    @Column(nullable = false)
    public String format;
    /** AES-GCM ciphertext of the {@code whsec_...} secret; null for {@code bars}. */
    @Column(name = "signing_secret")
    public String signingSecret;
    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public MessageFormat messageFormat() {
        return MessageFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return "ReferringOrganisation[odsCode=" + odsCode + ", format=" + format + "]";
    }
}
