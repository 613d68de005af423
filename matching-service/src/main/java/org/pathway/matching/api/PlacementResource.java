package org.pathway.matching.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.EndPlacementRequest;
import org.pathway.matching.api.dto.PlacementRequest;
import org.pathway.matching.api.dto.PlacementView;
import org.pathway.matching.domain.Placement;
import org.pathway.matching.domain.PlacementBooking;
import org.pathway.chassis.security.Roles;

/** Booking a place on an activity, ending it, and a participant's placements. */
@Path("/sites/{siteId}")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    private final PlacementBooking placements;

    public PlacementResource(PlacementBooking placements) {
        this.placements = placements;
    }

    @POST
    @Path("/placements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LINK_WORKER)
    public Response confirm(@PathParam("siteId") String siteId,
                            @HeaderParam(IdempotencyKeyHeader.HEADER) String idempotencyKey,
                            PlacementRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Problem.invalid("participantId", "is required");
        }
        Optional<String> key = IdempotencyKeyHeader.of(idempotencyKey);
        Recorded<Placement> booked = placements.confirm(request.participantId(), request.activityId(),
                request.confirmedAt() == null ? null : request.confirmedAt().toInstant(), key);
        Placement placement = booked.record();
        URI location = uri.getBaseUriBuilder().path("sites").path(siteId).path("placements")
                .path(placement.id.toString()).build();
        return Response.status(booked.replayed() ? Response.Status.OK : Response.Status.CREATED).location(location)
                .entity(PlacementView.of(placement)).build();
    }

    @POST
    @Path("/placements/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LINK_WORKER)
    public PlacementView end(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                             EndPlacementRequest request) {
        return PlacementView.of(placements.end(id, request == null ? null : request.reason()));
    }

    @GET
    @Path("/participants/{participantId}/placements")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    public List<PlacementView> ofParticipant(@PathParam("siteId") String siteId,
                                             @PathParam("participantId") String participantId) {
        return placements.ofParticipant(participantId).stream().map(PlacementView::of).toList();
    }
}
