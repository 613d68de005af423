package org.pathway.engagement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.pathway.chassis.security.Roles;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.webhook.Reencryption;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.engagement.security.ProviderCredentialStore;

/**
 * Operators' step after adding a new secret key: every stored provider secret of every hosted site is
 * re-encrypted under the newest key ({@code ./pathway rotate-secrets} calls this). Safe while providers post:
 * the old keys still decrypt until the answer says every value carries the new key id. Idempotent.
 */
@Path("/admin/secret-keys/re-encryption")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class SecretKeysResource {

    private static final Logger LOG = Logger.getLogger(SecretKeysResource.class);

    private final Sites sites;
    private final SiteWork siteWork;
    private final SecretCipher cipher;
    private final ProviderCredentialStore credentials;

    public SecretKeysResource(Sites sites, SiteWork siteWork, SecretCipher cipher, ProviderCredentialStore credentials) {
        this.sites = sites;
        this.siteWork = siteWork;
        this.cipher = cipher;
        this.credentials = credentials;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Reencryption reencrypt() {
        Reencryption done = Reencryption.everySite(sites.ids(), siteWork, cipher, credentials::reencryptAll);
        LOG.infof("Provider secrets re-encrypted under key id %s: %s", done.keyId(), done.sites());
        return done;
    }
}
