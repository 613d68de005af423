package org.pathway.engagement.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.engagement.webhook.ProviderSecrets;
import org.pathway.chassis.webhook.Reencryption;
import org.pathway.chassis.webhook.StoredSecrets;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.chassis.webhook.SecretGenerator;

/**
 * Provider webhook secrets of the current site, encrypted at rest. The associated data binds each
 * ciphertext to its site and provider, so a row copied onto another provider does not decrypt.
 */
@ApplicationScoped
public class ProviderCredentialStore implements StoredSecrets {

    private final EntityManager em;
    private final SecretCipher cipher;
    private final CurrentSite currentSite;
    private final PathwayClock clock;

    public ProviderCredentialStore(EntityManager em, SecretCipher cipher, CurrentSite currentSite,
                                   PathwayClock clock) {
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
        // Native for its "on conflict": two admins issuing a first secret at once both succeed, one then rotating.
        int created = em.createNativeQuery("""
                        insert into provider_credential (provider_id, current_secret, created_at, rotated_at)
                        values (?1, ?2, ?3, ?3) on conflict (provider_id) do nothing""")
                .setParameter(1, providerId)
                .setParameter(2, encrypted)
                .setParameter(3, now)
                .executeUpdate();
        if (created == 0) {
            ProviderCredential credential = ProviderCredential.findById(providerId, LockModeType.PESSIMISTIC_WRITE);
            credential.previousSecret = credential.currentSecret;
            credential.previousExpiresAt = now.plus(ProviderSecrets.ROTATION_GRACE);
            credential.currentSecret = encrypted;
            credential.rotatedAt = now;
        }
        return secret;
    }

    /** The provider's secrets in clear, in memory only; empty for a provider without credentials. */
    @Transactional
    public Optional<ProviderSecrets> secretsOf(String providerId) {
        return ProviderCredential.<ProviderCredential>findByIdOptional(providerId).map(credential -> {
            String aad = associatedData(providerId);
            String current = cipher.decrypt(credential.currentSecret, aad);
            if (credential.previousSecret == null) {
                return ProviderSecrets.first(current);
            }
            return new ProviderSecrets(current, cipher.decrypt(credential.previousSecret, aad),
                    credential.previousExpiresAt);
        });
    }

    /** Every provider secret of the current site under the newest key, each row locked as it is rewritten. */
    @Override
    public String description() {
        return "Provider secrets";
    }

    @Override
    @Transactional
    public Reencryption.Counts reencryptAll() {
        Reencryption.Counts counts = Reencryption.NONE;
        List<ProviderCredential> all = ProviderCredential.<ProviderCredential>findAll()
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (ProviderCredential credential : all) {
            String aad = associatedData(credential.providerId);
            boolean moved = !cipher.isCurrent(credential.currentSecret)
                    || (credential.previousSecret != null && !cipher.isCurrent(credential.previousSecret));
            credential.currentSecret = cipher.reencrypt(credential.currentSecret, aad);
            if (credential.previousSecret != null) {
                credential.previousSecret = cipher.reencrypt(credential.previousSecret, aad);
            }
            counts = counts.plus(moved);
        }
        return counts;
    }

    private String associatedData(String providerId) {
        return currentSite.require() + "/" + providerId;
    }
}
