package org.pathway.engagement.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.engagement.config.EngagementClock;
import org.pathway.engagement.webhook.ProviderSecrets;
import org.pathway.engagement.webhook.SecretCipher;
import org.pathway.engagement.webhook.SecretGenerator;

/**
 * Provider webhook secrets of the current site, encrypted at rest. The associated data binds each
 * ciphertext to its site and provider, so a row copied onto another provider does not decrypt.
 */
@ApplicationScoped
public class ProviderCredentials {

    private final EntityManager em;
    private final SecretCipher cipher;
    private final CurrentSite currentSite;
    private final EngagementClock clock;

    public ProviderCredentials(EntityManager em, SecretCipher cipher, CurrentSite currentSite, EngagementClock clock) {
        this.em = em;
        this.cipher = cipher;
        this.currentSite = currentSite;
        this.clock = clock;
    }

    /**
     * A new secret for the provider, returned only here. If the provider had one, it stays valid for
     * {@link ProviderSecrets#ROTATION_GRACE} (a still older one is dropped).
     */
    @Transactional
    public String issue(String providerId) {
        String secret = SecretGenerator.newSecret();
        String encrypted = cipher.encrypt(secret, associatedData(providerId));
        Instant now = clock.now();
        int created = em.createNativeQuery("""
                        insert into provider_credential (provider_id, current_secret, created_at, rotated_at)
                        values (?1, ?2, ?3, ?3) on conflict (provider_id) do nothing""")
                .setParameter(1, providerId)
                .setParameter(2, encrypted)
                .setParameter(3, now)
                .executeUpdate();
        if (created == 0) {
            em.createNativeQuery("""
                            update provider_credential
                            set previous_secret = current_secret, previous_expires_at = ?3,
                                current_secret = ?2, rotated_at = ?4
                            where provider_id = ?1""")
                    .setParameter(1, providerId)
                    .setParameter(2, encrypted)
                    .setParameter(3, now.plus(ProviderSecrets.ROTATION_GRACE))
                    .setParameter(4, now)
                    .executeUpdate();
        }
        return secret;
    }

    /** The provider's secrets in clear, in memory only; empty for a provider without credentials. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<ProviderSecrets> secretsOf(String providerId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select current_secret, previous_secret, previous_expires_at
                        from provider_credential where provider_id = ?1""")
                .setParameter(1, providerId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            String aad = associatedData(providerId);
            String current = cipher.decrypt((String) row[0], aad);
            if (row[1] == null) {
                return ProviderSecrets.first(current);
            }
            return new ProviderSecrets(current, cipher.decrypt((String) row[1], aad), instant(row[2]));
        });
    }

    private String associatedData(String providerId) {
        return currentSite.require() + "/" + providerId;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
