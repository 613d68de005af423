package org.pathway.matching.api;

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
import java.util.List;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.RecommendationView;
import org.pathway.matching.config.MatchingConfig;
import org.pathway.matching.domain.RecommendationFinder;
import org.pathway.chassis.security.Roles;

/** Ranked, explained activity suggestions for a link worker. */
@Path("/sites/{siteId}/participants/{participantId}/recommendations")
@Tag(name = "Recommendations", description = "Ranked, explained activity suggestions for a link worker.")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final RecommendationFinder recommendations;
    private final MatchingConfig config;

    public RecommendationResource(RecommendationFinder recommendations, MatchingConfig config) {
        this.recommendations = recommendations;
        this.config = config;
    }

    @GET
    @RolesAllowed(Roles.LINK_WORKER)
    @Operation(summary = "Recommend activities for a participant", description = "Ranked, each with its reasons "
            + "(interests, distance, age range, places left); never a full, inactive or age-ineligible activity.")
    @APIResponse(responseCode = "404", description = "No such participant at this site.")
    @APIResponse(responseCode = "409", description = "The participant withdrew consent or left the pathway.")
    @APIResponse(responseCode = "422", description = "`limit` is out of range.")
    public List<RecommendationView> recommend(@PathParam("siteId") String siteId,
                                          @PathParam("participantId") String participantId,
                                          @QueryParam("limit") Integer limit) {
        int max = config.recommendations().maxLimit();
        int n = limit == null ? config.recommendations().defaultLimit() : limit;
        if (n < 1 || n > max) {
            throw Problem.invalid("limit", "must be between 1 and " + max);
        }
        return recommendations.forParticipant(participantId, n).stream().map(RecommendationView::of).toList();
    }
}
