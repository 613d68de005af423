package org.pathway.engagement.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.chassis.api.Page;
import org.pathway.chassis.api.Paging;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.engagement.domain.Caseload;
import org.pathway.engagement.domain.Outcome;
import org.pathway.engagement.domain.instruments.Timepoint;

/**
 * The questionnaires recorded at the site, read back: instrument, timepoint, date and scores, never the answers. A
 * link worker's caseload asks which are still due; a participant's page lists theirs. Another site's participants
 * live in another schema, so they are not found here (404 by id, absent from the list).
 */
@Path("/sites/{siteId}")
@Tag(name = "Outcomes", description = "Questionnaires (SWEMWBS, RCADS-25, ONS4) recorded and read back.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LINK_WORKER, Roles.SITE_ADMIN})
public class OutcomeReadResource {

    /** The most participants one list request may name (a caseload's page; the query string stays under 4 KB). */
    static final int MAX_PARTICIPANTS = 100;

    private final Caseload caseload;

    public OutcomeReadResource(Caseload caseload) {
        this.caseload = caseload;
    }

    @GET
    @Path("/participants/{participantId}/outcomes")
    @Operation(summary = "A participant's recorded questionnaires", description = "Instrument, timepoint, date and "
            + "scores; never the answers.")
    @APIResponse(responseCode = "404", description = "No such participant at this site.")
    public List<RecordedMeasure> ofParticipant(@PathParam("participantId") String participantId) {
        caseload.requireKnown(participantId);
        return Outcome.recordedFor(participantId).stream().map(RecordedMeasure::of).toList();
    }

    @GET
    @Path("/outcomes")
    @Operation(summary = "The site's recorded questionnaires", description = "Paged; filter by `timepoint` and by up "
            + "to 100 `participantId`s (a caseload asking which are still due).")
    @APIResponse(responseCode = "422", description = "`timepoint` is not `baseline`, `3m` or `6m`, more than 100 "
            + "`participantId`s, or `page`/`size` out of range.")
    public Page<RecordedMeasure> list(@QueryParam("timepoint") String timepoint,
                                      @QueryParam("participantId") List<String> participantIds,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        Optional<String> wanted = Optional.ofNullable(timepoint).map(t -> Timepoint.fromWire(t)
                .orElseThrow(() -> Problem.invalid("timepoint", "must be baseline, 3m or 6m")).wire());
        List<String> participants = participantIds == null ? List.of() : participantIds;
        if (participants.size() > MAX_PARTICIPANTS) {
            throw Problem.invalid("participantId", "at most " + MAX_PARTICIPANTS + " in one request");
        }
        Outcome.Recorded recorded = Outcome.recorded(wanted, participants, paging.page(), paging.size());
        return Page.of(recorded.outcomes().stream().map(RecordedMeasure::of).toList(), paging, recorded.total());
    }

    /** A recorded measure without its answers. */
    public record RecordedMeasure(String participantId, String instrument, String timepoint, LocalDate completedAt,
                                  Map<String, Double> scores) {
        static RecordedMeasure of(Outcome outcome) {
            return new RecordedMeasure(outcome.participantId, outcome.instrument, outcome.timepoint,
                    outcome.completedAt, outcome.scores);
        }
    }
}
