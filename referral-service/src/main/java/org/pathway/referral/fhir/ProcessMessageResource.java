package org.pathway.referral.fhir;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pathway.chassis.security.Roles;

/**
 * BaRS {@code $process-message}: a referral request message Bundle in, a response message Bundle out (200), or
 * an OperationOutcome. The request and correlation ids are echoed on every answer ({@link FhirPathsAnswerFhir}).
 */
@Path("/sites/{siteId}/fhir")
@Tag(name = "FHIR (BaRS)")
public class ProcessMessageResource {

    private final BarsIntake intake;
    private final FhirSupport fhir;

    public ProcessMessageResource(BarsIntake intake, FhirSupport fhir) {
        this.intake = intake;
        this.fhir = fhir;
    }

    @POST
    @Path("/$process-message")
    @Consumes(FhirOutcomes.FHIR_JSON)
    @Produces(FhirOutcomes.FHIR_JSON)
    @RolesAllowed(Roles.REFERRER)
    @Operation(summary = "Send a BaRS referral message", description = "A referral request message Bundle in "
            + "(`X-Request-Id` and `X-Correlation-Id` UUIDs required, `NHSD-Target-Identifier` optional), a response "
            + "message Bundle out. The same message again answers the original response; the ids are echoed on "
            + "every answer.")
    @APIResponse(responseCode = "409", description = "`X-Request-Id` was already used for a different "
            + "message.")
    public Response processMessage(@PathParam("siteId") String siteId,
                                   @HeaderParam(BarsHeaders.REQUEST_ID) String requestId,
                                   @HeaderParam(BarsHeaders.CORRELATION_ID) String correlationId,
                                   @HeaderParam(BarsHeaders.TARGET_IDENTIFIER) String targetIdentifier,
                                   String body, @Context UriInfo uri) {
        BarsHeaders headers = BarsHeaders.of(requestId, correlationId, targetIdentifier);
        String endpoint = uri.getBaseUriBuilder().path("sites").path(siteId).path("fhir").build().toString();
        return Response.ok(fhir.encode(intake.process(headers, body, endpoint)), FhirOutcomes.FHIR_JSON).build();
    }
}
