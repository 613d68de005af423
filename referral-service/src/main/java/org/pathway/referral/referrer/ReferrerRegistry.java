package org.pathway.referral.referrer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.chassis.webhook.SecretGenerator;

/**
 * Registers referring organisations at the current site. A {@code json} referrer gets a signing secret when it
 * is first registered as {@code json} (also when it switches from {@code bars}); the secret is returned once and
 * stored only encrypted, bound to the site and ODS code. Registering again with {@code json} keeps the secret.
 */
@ApplicationScoped
@Transactional
public class ReferrerRegistry {

    /** What a registration did: whether the organisation is new, and the secret when one was issued now. */
    public record Registration(ReferringOrganisation organisation, boolean created, Optional<String> newSecret) {
    }

    /** A placeholder as {@code bars} (which needs no secret), made what was asked for just after, in this transaction. */
    private static final String INSERT_IF_ABSENT = """
            insert into referring_organisation (ods_code, endpoint, format, registered_at, updated_at)
            values (:odsCode, :endpoint, 'bars', :now, :now)
            on conflict (ods_code) do nothing
            """;

    private final SecretCipher cipher;
    private final CurrentSite site;
    private final PathwayClock clock;

    public ReferrerRegistry(SecretCipher cipher, CurrentSite site, PathwayClock clock) {
        this.cipher = cipher;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Two first registrations of one organisation at once (a retried PUT) make one row: the row is first inserted
     * if absent ({@code on conflict do nothing}, which waits for a concurrent insert to commit), then locked and
     * updated. The one whose insert made the row is the {@code 201}; the other, a {@code 200}, sees the row and
     * keeps any secret the first issued.
     */
    public Registration register(String odsCode, String endpoint, MessageFormat format) {
        Instant now = clock.now();
        boolean created = ReferringOrganisation.getEntityManager().createNativeQuery(INSERT_IF_ABSENT)
                .setParameter("odsCode", odsCode).setParameter("endpoint", endpoint)
                .setParameter("now", now).executeUpdate() == 1;
        ReferringOrganisation organisation = ReferringOrganisation.findById(odsCode, LockModeType.PESSIMISTIC_WRITE);
        Optional<String> newSecret = Optional.empty();
        if (format == MessageFormat.JSON && organisation.signingSecret == null) {
            String secret = SecretGenerator.newSecret();
            organisation.signingSecret = cipher.encrypt(secret, associatedData(site.require(), odsCode));
            newSecret = Optional.of(secret);
        } else if (format == MessageFormat.BARS) {
            organisation.signingSecret = null;
        }
        organisation.endpoint = endpoint;
        organisation.format = format.wire();
        organisation.updatedAt = now;
        return new Registration(organisation, created, newSecret);
    }

    /** Binds a stored secret to its row: copied onto another organisation's row it no longer decrypts. */
    static String associatedData(String siteId, String odsCode) {
        return siteId + "/referrer/" + odsCode;
    }
}
