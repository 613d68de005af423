package org.pathway.engagement.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
import org.pathway.chassis.security.Roles;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.engagement.api.dto.EngagementView;
import org.pathway.engagement.api.dto.LinkWorkerSessionRequest;
import org.pathway.engagement.api.dto.LinkWorkerSessionValidator;
import org.pathway.engagement.api.dto.LinkWorkerSessionView;
import org.pathway.engagement.api.dto.OutcomeRequest;
import org.pathway.engagement.api.dto.OutcomeRequestValidator;
import org.pathway.engagement.api.dto.OutcomeResponse;
import org.pathway.engagement.domain.Caseload;
import org.pathway.engagement.domain.LinkWorkerIntake;
import org.pathway.engagement.domain.LinkWorkerSession;
import org.pathway.engagement.domain.Outcome;

/**
 * What link workers record about a participant, and the participant's engagement. A pseudonym that is
 * not one of the site's participants is 404 before anything else is looked at.
 */
@Path("/sites/{siteId}/participants/{participantId}")
@Tag(name = "Link-worker records", description = "What link workers record about a participant, and the participant's "
        + "engagement.")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final Caseload caseload;
    private final LinkWorkerIntake intake;
    private final PathwayClock clock;

    public ParticipantResource(Caseload caseload, LinkWorkerIntake intake, PathwayClock clock) {
        this.caseload = caseload;
        this.intake = intake;
        this.clock = clock;
    }

    @POST
    @Path("/link-worker-sessions")
    @Operation(summary = "Record a link-worker session", description = "`date`, `minutes` and `mode`. 201, or 200 with "
            + "the original for a replay of the same `Idempotency-Key`.")
    @APIResponse(responseCode = "404", description = "No such participant at this site.")
    @APIResponse(responseCode = "409", description = "The participant is in the comparison group or withdrew consent, "
            + "or the `Idempotency-Key` was sent before with a different body.")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LINK_WORKER)
    public Response recordSession(@PathParam("participantId") String participantId,
                                  @HeaderParam(IdempotencyKeyHeader.HEADER) String idempotencyKey,
                                  LinkWorkerSessionRequest body) {
        caseload.requireOnThePathway(participantId);
        Recorded<LinkWorkerSession> recorded = intake.recordSession(participantId,
                LinkWorkerSessionValidator.toSession(body, clock.today()), IdempotencyKeyHeader.of(idempotencyKey));
        return answer(recorded, LinkWorkerSessionView.of(recorded.record()));
    }

    @POST
    @Path("/outcomes")
    @Operation(summary = "Record a questionnaire", description = "`instrument` `SWEMWBS` (7 items 1-5: raw total and "
            + "metric score), `RCADS25` (25 items 0-3: anxiety and depression subscales) or `ONS4` (4 items 0-10) at "
            + "`timepoint` `baseline`, `3m` or `6m`. 201 with the computed scores, or 200 with the original for a "
            + "replay of the same `Idempotency-Key`.")
    @APIResponse(responseCode = "404", description = "No such participant at this site.")
    @APIResponse(responseCode = "409", description = "The participant withdrew consent, the instrument was already "
            + "recorded at this timepoint, or the `Idempotency-Key` was sent before with a different body.")
    @APIResponse(responseCode = "422", description = "Invalid fields, e.g. the wrong number of items or an item out of "
            + "range.")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LINK_WORKER)
    public Response recordOutcome(@PathParam("participantId") String participantId,
                                  @HeaderParam(IdempotencyKeyHeader.HEADER) String idempotencyKey, OutcomeRequest body) {
        caseload.requireKnown(participantId);
        Recorded<Outcome> recorded = intake.recordOutcome(participantId,
                OutcomeRequestValidator.toOutcome(body, clock.today()), IdempotencyKeyHeader.of(idempotencyKey));
        return answer(recorded, OutcomeResponse.of(recorded.record()));
    }

    @GET
    @Path("/engagement")
    @Operation(summary = "A participant's engagement", description = "`CONNECTED` after the first attended session, "
            + "`ENGAGED` after 3, `SUSTAINED` after 6, `DISENGAGED` after 3 consecutive misses or 28 days without "
            + "attendance while placed (thresholds are site configuration).")
    @APIResponse(responseCode = "404", description = "No such participant at this site.")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    public EngagementView engagement(@PathParam("participantId") String participantId) {
        return EngagementView.of(caseload.engagementOf(participantId));
    }

    /** 201 for a new record, 200 with the original for a repeat with the same {@code Idempotency-Key}. */
    private static Response answer(Recorded<?> recorded, Object body) {
        return Response.status(recorded.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(body).build();
    }
}
