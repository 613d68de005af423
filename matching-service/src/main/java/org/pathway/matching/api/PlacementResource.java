package org.pathway.matching.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
@Tag(name = "Placements", description = "Places on activities: booked, ended, listed per participant.")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    private final PlacementBooking placements;

    public PlacementResource(PlacementBooking placements) {
        this.placements = placements;
    }

    @POST
    @Path("/placements")
    @Operation(summary = "Book a place on an activity", description = "Never overbooks, also under concurrent "
            + "requests. 201 `CONFIRMED` with its Location, 200 for a replay of the same `Idempotency-Key`.")
    @APIResponse(responseCode = "404", description = "No such participant or activity at this site.")
    @APIResponse(responseCode = "409", description = "The activity is full, inactive or awaiting review; the "
            + "participant is outside its ages, already placed on it, withdrawn or closed; or the `Idempotency-Key` "
            + "was sent before with a different body.")
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
    @Operation(summary = "End a placement", description = "`reason` is a lower-case code such as `completed` or "
            + "`moved-away`.")
    @APIResponse(responseCode = "409", description = "The placement has already ended.")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LINK_WORKER)
    public PlacementView end(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                             EndPlacementRequest request) {
        return PlacementView.of(placements.end(id, request == null ? null : request.reason()));
    }

    @GET
    @Path("/participants/{participantId}/placements")
    @Operation(summary = "A participant's placements")
    @APIResponse(responseCode = "404", description = "No such participant at this site.")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    public List<PlacementView> ofParticipant(@PathParam("siteId") String siteId,
                                             @PathParam("participantId") String participantId) {
        return placements.ofParticipant(participantId).stream().map(PlacementView::of).toList();
    }
}
