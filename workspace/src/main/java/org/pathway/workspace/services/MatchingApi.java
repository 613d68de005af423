package org.pathway.workspace.services;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.pathway.workspace.security.BearerToken;
import org.pathway.workspace.services.Matching.Feed;
import org.pathway.workspace.services.Matching.Placement;
import org.pathway.workspace.services.Matching.Recommendation;
import org.pathway.workspace.services.Matching.SyncReport;

/** matching-service's public API (API.md), called with the signed-in person's token. */
@RegisterRestClient(configKey = "matching")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/sites/{siteId}")
public interface MatchingApi {

    @GET
    @Path("/participants/{participantId}/recommendations")
    List<Recommendation> recommendations(@PathParam("siteId") String siteId,
                                         @PathParam("participantId") String participantId, @QueryParam("limit") int limit);

    @POST
    @Path("/placements")
    Placement place(@PathParam("siteId") String siteId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                    Map<String, Object> body);

    @GET
    @Path("/participants/{participantId}/placements")
    List<Placement> placements(@PathParam("siteId") String siteId, @PathParam("participantId") String participantId);

    /** Activities as the service shows them (every field kept, so an edit sends back what it read). */
    @GET
    @Path("/activities")
    Page<Map<String, Object>> activities(@PathParam("siteId") String siteId, @QueryParam("needsReview") Boolean needsReview,
                                         @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/activities/{id}")
    Map<String, Object> activity(@PathParam("siteId") String siteId, @PathParam("id") UUID id);

    @PUT
    @Path("/activities/{id}")
    Map<String, Object> updateActivity(@PathParam("siteId") String siteId, @PathParam("id") UUID id, Map<String, Object> body);

    @GET
    @Path("/directory-feeds")
    Page<Feed> directoryFeeds(@PathParam("siteId") String siteId, @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/directory-feeds")
    Feed addDirectoryFeed(@PathParam("siteId") String siteId, Map<String, Object> body);

    @GET
    @Path("/directory-feeds/{id}")
    Feed directoryFeed(@PathParam("siteId") String siteId, @PathParam("id") UUID id);

    @POST
    @Path("/directory-feeds/{id}/sync")
    SyncReport sync(@PathParam("siteId") String siteId, @PathParam("id") UUID id);

    @GET
    @Path("/directory-feeds/{id}/syncs")
    Page<SyncReport> syncs(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @QueryParam("page") int page,
                           @QueryParam("size") int size);

    /** Approves an imported activity with its ages and category, or rejects it ({@code {approved: false}}). */
    @POST
    @Path("/activities/{id}/review")
    Map<String, Object> review(@PathParam("siteId") String siteId, @PathParam("id") UUID id, Map<String, Object> body);

    @GET
    @Path("/settings")
    Map<String, Object> settings(@PathParam("siteId") String siteId);
}
