package org.pathway.workspace.pages;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.pathway.workspace.forms.FieldErrors;
import org.pathway.workspace.services.MatchingApi;
import org.pathway.workspace.services.Page;
import org.pathway.workspace.services.ServiceProblem;

/**
 * The review queue: imported activities whose ages nobody stated, never recommended or booked until someone decides.
 * Each shows what matching-service inferred and from what (the evidence for its ages and its category); approving
 * sets the ages and category, rejecting takes the activity out of the catalogue. A decision sent twice decides once
 * (the second finds the activity reviewed, and matching answers it unchanged).
 */
@Path("/sites/{siteId}/admin/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewQueuePage {

    static final int PAGE_SIZE = 20;
    static final List<String> CATEGORIES = List.of("arts", "sport", "nature", "peer-support", "befriending", "skills",
            "social", "other");
    private static final Map<String, String> LABELS = Map.of("minAge", "Youngest age", "maxAge", "Oldest age",
            "category", "Category", "approved", "Decision");
    private static final Map<String, String> NOTICES = Map.of("approved", "Approved: the activity can be recommended.",
            "rejected", "Rejected: the activity is out of the catalogue.");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance queue(String siteId, Page<Map<String, Object>> activities, Integer next, String notice);

        static native TemplateInstance review(String siteId, Map<String, Object> activity, Map<String, String> values,
                                             List<String> categories, FieldErrors errors);
    }

    private final MatchingApi matching;

    public ReviewQueuePage(@RestClient MatchingApi matching) {
        this.matching = matching;
    }

    @GET
    public TemplateInstance queue(@PathParam("siteId") String siteId, @QueryParam("page") Integer page,
                                  @QueryParam("done") String done) {
        int number = page == null || page < 0 ? 0 : page;
        Page<Map<String, Object>> activities = matching.activities(siteId, true, number, PAGE_SIZE);
        return Templates.queue(siteId, activities, activities.next(), NOTICES.get(done == null ? "" : done));
    }

    @GET
    @Path("/{activityId}")
    public TemplateInstance review(@PathParam("siteId") String siteId, @PathParam("activityId") UUID activityId) {
        Map<String, Object> activity = matching.activity(siteId, activityId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("minAge", String.valueOf(activity.get("minAge")));
        values.put("maxAge", String.valueOf(activity.get("maxAge")));
        values.put("category", String.valueOf(activity.get("category")));
        return Templates.review(siteId, activity, values, CATEGORIES, FieldErrors.none());
    }

    @POST
    @Path("/{activityId}")
    public Response decide(@PathParam("siteId") String siteId, @PathParam("activityId") UUID activityId,
                           @RestForm String minAge, @RestForm String maxAge, @RestForm String category,
                           @RestForm String decision) {
        boolean approved = "approve".equals(decision);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approved", approved);
        if (approved) {
            body.put("minAge", Numbers.wholeOrText(minAge));
            body.put("maxAge", Numbers.wholeOrText(maxAge));
            body.put("category", ReferralActions.blankToNull(category));
        }
        try {
            matching.review(siteId, activityId, body);
        } catch (ServiceProblem problem) {
            if (problem.status() != 400 && problem.status() != 422) {
                throw problem;
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("minAge", minAge == null ? "" : minAge);
            values.put("maxAge", maxAge == null ? "" : maxAge);
            values.put("category", category == null ? "" : category);
            return Response.status(422).entity(Templates.review(siteId, matching.activity(siteId, activityId), values,
                    CATEGORIES, FieldErrors.of(problem, LABELS))).build();
        }
        return Response.seeOther(URI.create("/sites/" + siteId + "/admin/review?done=" + (approved ? "approved" : "rejected")))
                .build();
    }
}
