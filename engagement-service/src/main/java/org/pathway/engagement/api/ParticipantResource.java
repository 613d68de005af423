package org.pathway.engagement.api;

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
import java.util.List;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.api.dto.EngagementView;
import org.pathway.engagement.api.dto.LinkWorkerSessionRequest;
import org.pathway.engagement.api.dto.LinkWorkerSessionValidator;
import org.pathway.engagement.api.dto.LinkWorkerSessionView;
import org.pathway.engagement.api.dto.OutcomeRequest;
import org.pathway.engagement.api.dto.OutcomeResponse;
import org.pathway.engagement.api.dto.OutcomeRequestValidator;
import org.pathway.engagement.config.EngagementClock;
import org.pathway.engagement.domain.EngagementReads;
import org.pathway.engagement.domain.LinkWorkerSessions;
import org.pathway.engagement.domain.Outcomes;
import org.pathway.engagement.domain.ParticipantIds;
import org.pathway.engagement.security.Roles;

/** What link workers record about a participant, and the participant's engagement. */
@Path("/sites/{siteId}/participants/{participantId}")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final LinkWorkerSessions sessions;
    private final Outcomes outcomes;
    private final EngagementReads reads;
    private final EngagementClock clock;

    public ParticipantResource(LinkWorkerSessions sessions, Outcomes outcomes, EngagementReads reads,
                               EngagementClock clock) {
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.reads = reads;
        this.clock = clock;
    }

    @POST
    @Path("/link-worker-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LINK_WORKER)
    public Response recordSession(@PathParam("participantId") String participantId,
                                  @HeaderParam(IdempotencyKeyHeader.HEADER) String idempotencyKey,
                                  LinkWorkerSessionRequest body) {
        requireParticipant(participantId);
        if (body == null) {
            throw Problem.badRequest("A JSON body is required.");
        }
        requireValid(LinkWorkerSessionValidator.validate(body, clock.today()));
        Recorded<LinkWorkerSessionRecorded> recorded =
                sessions.record(participantId, body, IdempotencyKeyHeader.of(idempotencyKey));
        return answer(recorded, LinkWorkerSessionView.of(recorded.record()));
    }

    @POST
    @Path("/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LINK_WORKER)
    public Response recordOutcome(@PathParam("participantId") String participantId,
                                  @HeaderParam(IdempotencyKeyHeader.HEADER) String idempotencyKey, OutcomeRequest body) {
        requireParticipant(participantId);
        if (body == null) {
            throw Problem.badRequest("A JSON body is required.");
        }
        requireValid(OutcomeRequestValidator.validate(body, clock.today()));
        Recorded<OutcomeResponse> recorded = outcomes.record(participantId, body, IdempotencyKeyHeader.of(idempotencyKey));
        return answer(recorded, recorded.record());
    }

    @GET
    @Path("/engagement")
    @RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
    public EngagementView engagement(@PathParam("participantId") String participantId) {
        requireParticipant(participantId);
        return reads.view(participantId);
    }

    /** 201 for a new record, 200 with the original for a repeat with the same {@code Idempotency-Key}. */
    private static Response answer(Recorded<?> recorded, Object body) {
        return Response.status(recorded.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(body).build();
    }

    private static void requireParticipant(String participantId) {
        if (!ParticipantIds.isWellFormed(participantId)) {
            throw Problem.notFound("No such participant.");
        }
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
