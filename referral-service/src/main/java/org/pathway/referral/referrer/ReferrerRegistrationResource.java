package org.pathway.referral.referrer;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.pathway.chassis.security.Roles;

/**
 * A site admin registers (or re-registers) a referring organisation: {@code 201} the first time, {@code 200}
 * after; {@code 422} naming {@code odsCode}, {@code endpoint} or {@code format}. The signing secret of a
 * {@code json} referrer is in the answer that issued it and nowhere else.
 */
@Path("/sites/{siteId}/referrers/{odsCode}")
@Tag(name = "Referrers")
@RolesAllowed(Roles.SITE_ADMIN)
public class ReferrerRegistrationResource {

    private static final Logger LOG = Logger.getLogger(ReferrerRegistrationResource.class);

    private final ReferrerRegistry registry;

    public ReferrerRegistrationResource(ReferrerRegistry registry) {
        this.registry = registry;
    }

    @PUT
    @Operation(summary = "Register a referring organisation", description = "By ODS code: where and how (`bars` or "
            + "`json`) its referrals' progress is sent back. 201 the first time, 200 after; a `json` referrer's "
            + "signing secret is in the answer that issued it and nowhere else.")
    @APIResponse(responseCode = "422", description = "`odsCode`, `endpoint` or `format` is invalid.")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("siteId") String siteId, @PathParam("odsCode") String odsCode,
                             RegistrationRequest body) {
        RegistrationRequestValidator.Registration checked = RegistrationRequestValidator.validate(odsCode, body);
        ReferrerRegistry.Registration registration = registry.register(checked.odsCode(), checked.endpoint(),
                checked.format());
        LOG.infof("Referrer %s registered at site %s (format %s)", checked.odsCode(), siteId, checked.format().wire());
        return Response.status(registration.created() ? Response.Status.CREATED : Response.Status.OK)
                .header("Cache-Control", "no-store")
                .entity(RegistrationView.of(registration))
                .build();
    }
}
