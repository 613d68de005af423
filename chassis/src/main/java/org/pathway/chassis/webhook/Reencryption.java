package org.pathway.chassis.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.pathway.chassis.tenancy.SiteWork;

/**
 * What re-encrypting a service's stored signing secrets under the newest key did, site by site: the answer
 * of the operators' re-encryption endpoint ({@code POST /admin/secret-keys/re-encryption}).
 *
 * @param keyId the newest key id, which every stored secret now carries
 * @param sites per hosted site, how many stored values were moved and how many already were under it
 */
public record Reencryption(String keyId, Map<String, Counts> sites) {

    public record Counts(int reencrypted, int alreadyCurrent) {

        public Counts plus(boolean moved) {
            return moved ? new Counts(reencrypted + 1, alreadyCurrent) : new Counts(reencrypted, alreadyCurrent + 1);
        }
    }

    public static final Counts NONE = new Counts(0, 0);

    /** Runs the site's re-encryption in each site's own transaction, one site after another. */
    public static Reencryption everySite(Iterable<String> siteIds, SiteWork work, SecretCipher cipher,
                                         Supplier<Counts> oneSite) {
        Map<String, Counts> sites = new LinkedHashMap<>();
        for (String siteId : siteIds) {
            sites.put(siteId, work.inSite(siteId, oneSite));
        }
        return new Reencryption(cipher.newestKeyId(), sites);
    }
}
