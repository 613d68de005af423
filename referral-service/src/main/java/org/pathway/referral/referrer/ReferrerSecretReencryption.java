package org.pathway.referral.referrer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pathway.chassis.tenancy.CurrentSite;
import org.pathway.chassis.webhook.Reencryption;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.chassis.webhook.StoredSecrets;

/** Moves the current site's stored referrer signing secrets onto the newest key, each row locked as it is rewritten. */
@ApplicationScoped
public class ReferrerSecretReencryption implements StoredSecrets {

    private final SecretCipher cipher;
    private final CurrentSite site;

    public ReferrerSecretReencryption(SecretCipher cipher, CurrentSite site) {
        this.cipher = cipher;
        this.site = site;
    }

    @Override
    public String description() {
        return "Referrer signing secrets";
    }

    @Override
    @Transactional
    public Reencryption.Counts reencryptAll() {
        Reencryption.Counts counts = Reencryption.NONE;
        List<ReferringOrganisation> signed = ReferringOrganisation.<ReferringOrganisation>find("signingSecret is not null")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (ReferringOrganisation organisation : signed) {
            boolean moved = !cipher.isCurrent(organisation.signingSecret);
            organisation.signingSecret = cipher.reencrypt(organisation.signingSecret,
                    ReferrerRegistry.associatedData(site.require(), organisation.odsCode));
            counts = counts.plus(moved);
        }
        return counts;
    }
}
