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

    private final SecretCipher cipher;
    private final CurrentSite site;
    private final PathwayClock clock;

    public ReferrerRegistry(SecretCipher cipher, CurrentSite site, PathwayClock clock) {
        this.cipher = cipher;
        this.site = site;
        this.clock = clock;
    }

    public Registration register(String odsCode, String endpoint, MessageFormat format) {
        Instant now = clock.now();
        ReferringOrganisation organisation = ReferringOrganisation.findById(odsCode, LockModeType.PESSIMISTIC_WRITE);
        boolean created = organisation == null;
        if (created) {
            organisation = new ReferringOrganisation();
            organisation.odsCode = odsCode;
            organisation.registeredAt = now;
        }
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
        if (created) {
            organisation.persist();
        }
        return new Registration(organisation, created, newSecret);
    }

    /** Binds a stored secret to its row: copied onto another organisation's row it no longer decrypts. */
    static String associatedData(String siteId, String odsCode) {
        return siteId + "/referrer/" + odsCode;
    }
}
