package org.pathway.workspace.services;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pathway.workspace.security.BearerToken;
import org.pathway.workspace.services.Engagement.Credentials;
import org.pathway.workspace.services.Engagement.Measure;
import org.pathway.workspace.services.Engagement.Recorded;
import org.pathway.workspace.services.Engagement.Status;

/** engagement-service's public API (API.md), called with the signed-in person's token. */
@RegisterRestClient(configKey = "engagement")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/sites/{siteId}")
public interface EngagementApi {

    @POST
    @Path("/participants/{participantId}/link-worker-sessions")
    Map<String, Object> recordSession(@PathParam("siteId") String siteId, @PathParam("participantId") String participantId,
                                      @HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    @POST
    @Path("/participants/{participantId}/outcomes")
    Measure recordOutcome(@PathParam("siteId") String siteId, @PathParam("participantId") String participantId,
                          @HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    @GET
    @Path("/participants/{participantId}/engagement")
    Status engagement(@PathParam("siteId") String siteId, @PathParam("participantId") String participantId);

    @GET
    @Path("/participants/{participantId}/outcomes")
    List<Recorded> outcomes(@PathParam("siteId") String siteId, @PathParam("participantId") String participantId);

    /** The site's recorded questionnaires of these participants (at most 100), by participant. */
    @GET
    @Path("/outcomes")
    Page<Recorded> outcomes(@PathParam("siteId") String siteId, @QueryParam("participantId") List<String> participantIds,
                            @QueryParam("page") int page, @QueryParam("size") int size);

    /** Issues (or rotates) a provider's webhook secret; the answer is the only time it is shown. */
    @POST
    @Path("/providers/{providerId}/credentials")
    Credentials rotate(@PathParam("siteId") String siteId, @PathParam("providerId") String providerId);

    @GET
    @Path("/settings")
    Map<String, Object> settings(@PathParam("siteId") String siteId);
}
