package org.pathway.chassis.webhook;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.pathway.chassis.security.Roles;
import org.pathway.chassis.tenancy.SiteWork;
import org.pathway.chassis.tenancy.Sites;

/**
 * Operators' step after adding a new secret key: every stored signing secret of every hosted site is re-encrypted
 * under the newest key ({@code ./pathway rotate-secrets} calls this). Safe while secrets are in use: the old keys
 * still decrypt until the answer says every value carries the new key id. Idempotent. Served by the services that
 * store secrets ({@code pathway.secrets.stored=true} at build time, with a {@link StoredSecrets} bean).
 */
@Path("/admin/secret-keys/re-encryption")
@Tag(name = "Operations", description = "Platform operators' commands.")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@IfBuildProperty(name = "pathway.secrets.stored", stringValue = "true")
public class SecretKeysResource {

    private static final Logger LOG = Logger.getLogger(SecretKeysResource.class);

    private final Sites sites;
    private final SiteWork siteWork;
    private final SecretCipher cipher;
    private final StoredSecrets secrets;

    public SecretKeysResource(Sites sites, SiteWork siteWork, SecretCipher cipher, StoredSecrets secrets) {
        this.sites = sites;
        this.siteWork = siteWork;
        this.cipher = cipher;
        this.secrets = secrets;
    }

    @POST
    @Operation(summary = "Re-encrypt stored secrets under the newest key", description = "Every stored signing secret "
            + "of every hosted site; safe while secrets are in use, idempotent (`./pathway rotate-secrets`).")
    @Produces(MediaType.APPLICATION_JSON)
    public Reencryption reencrypt() {
        Reencryption done = Reencryption.everySite(sites.ids(), siteWork, cipher, secrets::reencryptAll);
        LOG.infof("%s re-encrypted under key id %s: %s", secrets.description(), done.keyId(), done.sites());
        return done;
    }
}
