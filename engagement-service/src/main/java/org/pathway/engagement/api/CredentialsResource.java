package org.pathway.engagement.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.engagement.api.dto.CredentialsResponse;
import org.pathway.engagement.domain.ProviderIds;
import org.pathway.engagement.security.ProviderCredentialStore;

/** Issues and rotates a provider's webhook secret; the secret is in this response and nowhere else. */
@Path("/sites/{siteId}/providers/{providerId}/credentials")
@Tag(name = "Provider credentials", description = "The secrets providers sign their webhooks with.")
@RolesAllowed(Roles.SITE_ADMIN)
public class CredentialsResource {

    private static final Logger LOG = Logger.getLogger(CredentialsResource.class);

    private final ProviderCredentialStore credentials;

    public CredentialsResource(ProviderCredentialStore credentials) {
        this.credentials = credentials;
    }

    @POST
    @Operation(summary = "Issue or rotate a provider's webhook secret", description = "201 with the secret, shown this "
            + "once (`Cache-Control: no-store`). Posting again rotates it: the old secret keeps working for 24 h.")
    @APIResponse(responseCode = "422", description = "`providerId` is not a lower-case slug.")
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("siteId") String siteId, @PathParam("providerId") String providerId) {
        if (!ProviderIds.isWellFormed(providerId)) {
            throw Problem.invalid("providerId", "must be a lower-case slug of at most " + ProviderIds.MAX_LENGTH
                    + " characters");
        }
        String secret = credentials.issue(providerId);
        LOG.infof("Webhook secret issued for provider %s at site %s", providerId, siteId);
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(new CredentialsResponse(providerId, secret))
                .build();
    }
}
