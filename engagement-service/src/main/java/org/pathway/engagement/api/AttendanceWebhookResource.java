package org.pathway.engagement.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.engagement.api.dto.AttendanceResult;
import org.pathway.engagement.domain.AttendanceIntake;
import org.pathway.engagement.security.WebhookAuthenticator;

/**
 * Providers' attendance webhook. No bearer token (see {@code pathway.tenancy.unauthenticated-paths}):
 * the body is taken as raw bytes, because the signature covers exactly what was sent, and only
 * parsed once the signature holds.
 */
@Path("/sites/{siteId}/providers/{providerId}/attendance")
@Tag(name = "Attendance webhook", description = "Community providers post attendance, signed with their secret.")
public class AttendanceWebhookResource {

    private final WebhookAuthenticator authenticator;
    private final AttendanceIntake intake;
    private final ObjectMapper mapper;
    private final PathwayClock clock;

    public AttendanceWebhookResource(WebhookAuthenticator authenticator, AttendanceIntake intake,
                                     ObjectMapper mapper, PathwayClock clock) {
        this.authenticator = authenticator;
        this.intake = intake;
        this.mapper = mapper;
        this.clock = clock;
    }

    @POST
    @Operation(summary = "Post attendance (provider webhook)", description = "No bearer token: the raw body is signed "
            + "(`Pathway-Signature`). Up to 500 events a request, each `attended`, `missed` or `cancelled`. 200 with "
            + "`{accepted, duplicates, rejected}`: a replayed `eventId` is a duplicate and changes nothing; a "
            + "placement that is unknown or not this provider's is rejected per item.")
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON or not an object with an "
            + "`events` array.")
    @APIResponse(responseCode = "401", description = "The signature is missing or wrong, the provider has no secret, "
            + "or `t` is more than 300 s from now.")
    @APIResponse(responseCode = "413", description = "More than 500 events, or a body larger than the service accepts.")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public AttendanceResult post(@PathParam("siteId") String siteId, @PathParam("providerId") String providerId,
                                 @HeaderParam(WebhookSignature.HEADER) String signature, byte[] rawBody) {
        byte[] body = rawBody == null ? new byte[0] : rawBody;
        authenticator.verify(providerId, signature, body);
        return AttendanceResult.of(intake.record(providerId, AttendanceBodyParser.parse(mapper, body, clock.today())));
    }
}
