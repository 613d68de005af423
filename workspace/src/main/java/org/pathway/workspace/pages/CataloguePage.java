package org.pathway.workspace.pages;

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
 * The site's activity catalogue: the list and an activity's main fields to edit. The review queue of imported
 * activities and the directory feeds are pages of their own ({@link ReviewQueuePage}, {@link DirectoryFeedsPage}).
 */
@Path("/sites/{siteId}/admin/catalogue")
@Produces(MediaType.TEXT_HTML)
public class CataloguePage {

    static final int PAGE_SIZE = 50;
    /** What the activity view adds to the request's fields; an edit does not send them back. */
    private static final List<String> READ_ONLY = List.of("id", "externalId", "placesTaken", "placesLeft", "updatedAt",
            "needsReview", "reviewedAt", "reviewedBy", "source", "feedId");
    private static final Map<String, String> LABELS = Map.of("name", "Name", "description", "Description",
            "capacity", "Places", "active", "Taking young people");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance catalogue(String siteId, Page<Map<String, Object>> activities, Integer next);

        static native TemplateInstance activity(String siteId, Map<String, Object> activity, FieldErrors errors);
    }

    private final MatchingApi matching;

    public CataloguePage(@RestClient MatchingApi matching) {
        this.matching = matching;
    }

    @GET
    public TemplateInstance catalogue(@PathParam("siteId") String siteId, @QueryParam("page") Integer page) {
        int number = page == null || page < 0 ? 0 : page;
        Page<Map<String, Object>> activities = matching.activities(siteId, null, number, PAGE_SIZE);
        return Templates.catalogue(siteId, activities, activities.next());
    }

    @GET
    @Path("/{activityId}")
    public TemplateInstance activity(@PathParam("siteId") String siteId, @PathParam("activityId") UUID activityId) {
        return Templates.activity(siteId, matching.activity(siteId, activityId), FieldErrors.none());
    }

    @POST
    @Path("/{activityId}")
    public Object save(@PathParam("siteId") String siteId, @PathParam("activityId") UUID activityId,
                       @RestForm String name, @RestForm String description, @RestForm String capacity,
                       @RestForm String active) {
        Map<String, Object> activity = new LinkedHashMap<>(matching.activity(siteId, activityId));
        READ_ONLY.forEach(activity::remove);
        activity.put("name", ReferralActions.blankToNull(name));
        activity.put("description", description == null ? "" : description.trim());
        activity.put("capacity", Numbers.wholeOrText(capacity));
        activity.put("active", "true".equals(active));
        try {
            matching.updateActivity(siteId, activityId, activity);
        } catch (ServiceProblem problem) {
            if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
                throw problem;
            }
            activity.put("id", activityId.toString());
            FieldErrors errors = problem.status() == 409
                    ? FieldErrors.message("Places cannot go below the places already taken.")
                    : FieldErrors.of(problem, LABELS);
            return Response.status(problem.status() == 409 ? 409 : 422).entity(Templates.activity(siteId, activity, errors)).build();
        }
        return Response.seeOther(java.net.URI.create("/sites/" + siteId + "/admin/catalogue")).build();
    }
}
