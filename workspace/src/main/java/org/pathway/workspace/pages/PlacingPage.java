package org.pathway.workspace.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.pathway.workspace.services.MatchingApi;
import org.pathway.workspace.services.Matching.Recommendation;
import org.pathway.workspace.services.ReferralApi;
import org.pathway.workspace.services.ServiceProblem;

/**
 * Recommendations with their reasons, and placing the young person on one in a single action. Loaded into the
 * young person's page by htmx, or as a page of its own without JavaScript.
 */
@Path("/sites/{siteId}/referrals/{id}/recommendations")
@Produces(MediaType.TEXT_HTML)
public class PlacingPage {

    static final int LIMIT = 5;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance recommendations(String siteId, UUID id, String participantId,
                                                       List<Recommendation> items, String message, String key);

        static native TemplateInstance recommendations$list(String siteId, UUID id, String participantId,
                                                            List<Recommendation> items, String message, String key);
    }

    private final ReferralApi referrals;
    private final MatchingApi matching;

    public PlacingPage(@RestClient ReferralApi referrals, @RestClient MatchingApi matching) {
        this.referrals = referrals;
        this.matching = matching;
    }

    @GET
    public TemplateInstance recommendations(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                            @jakarta.ws.rs.QueryParam("participantId") String participantId, @HeaderParam("HX-Request") String htmx) {
        String participant = participantId != null ? participantId : participantOf(siteId, id);
        return show(siteId, id, participant, null, htmx != null);
    }

    @POST
    public Object place(@PathParam("siteId") String siteId, @PathParam("id") UUID id, @RestForm String participantId,
                        @RestForm String activityId, @RestForm String idempotencyKey) {
        try {
            matching.place(siteId, idempotencyKey, Map.of("participantId", participantId, "activityId", activityId));
        } catch (ServiceProblem problem) {
            if (problem.status() == 409) {
                return Response.status(409).entity(show(siteId, id, participantId,
                        "That activity cannot take the young person: it is full, or they already have a place on it. Choose another.",
                        false)).build();
            }
            throw problem;
        }
        return ReferralActions.done(siteId, id, "placed");
    }

    private TemplateInstance show(String siteId, UUID id, String participantId, String message, boolean fragment) {
        List<Recommendation> items;
        try {
            items = matching.recommendations(siteId, participantId, LIMIT);
        } catch (ServiceProblem problem) {
            if (problem.status() != 404 && problem.status() != 409) {
                throw problem;
            }
            items = List.of();
            message = problem.status() == 404
                    ? "No recommendations yet: the young person's profile has not reached matching. Try again in a moment."
                    : "No recommendations: the referral is closed or consent was withdrawn.";
        }
        String key = YoungPerson.newKey();
        return fragment ? Templates.recommendations$list(siteId, id, participantId, items, message, key)
                : Templates.recommendations(siteId, id, participantId, items, message, key);
    }

    /** Without the pseudonym in the link (a bookmarked page), it comes from the referral. */
    private String participantOf(String siteId, UUID id) {
        return YoungPersonPage.known(() -> referrals.referral(siteId, id)).map(r -> r.participantId())
                .orElseThrow(() -> new ServiceProblem(404, null, List.of()));
    }
}
