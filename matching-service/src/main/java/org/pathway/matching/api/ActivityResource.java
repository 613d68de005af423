package org.pathway.matching.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.api.Page;
import org.pathway.chassis.api.Paging;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.api.dto.ActivityView;
import org.pathway.matching.api.dto.ImportResult;
import org.pathway.matching.api.dto.ReviewRequest;
import org.pathway.matching.config.MatchingConfig;
import org.pathway.matching.directory.DirectoryImport;
import org.pathway.matching.domain.Activity;
import org.pathway.matching.domain.ActivityStore;
import org.pathway.matching.domain.Categories;
import org.pathway.chassis.security.Roles;

/** The site's activity catalogue, and imports from Open Referral UK directories. */
@Path("/sites/{siteId}/activities")
@Tag(name = "Activities", description = "The site's catalogue of community activities.")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final ActivityStore activities;
    private final DirectoryImport directoryImport;
    private final MatchingConfig config;

    public ActivityResource(ActivityStore activities, DirectoryImport directoryImport, MatchingConfig config) {
        this.activities = activities;
        this.directoryImport = directoryImport;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_ADMIN, Roles.LINK_WORKER})
    @Operation(summary = "Add an activity to the catalogue", description = "Categories: `arts`, `sport`, `nature`, "
            + "`peer-support`, `befriending`, `skills`, `social`, `other`. 201 with its Location.")
    public Response create(@PathParam("siteId") String siteId, ActivityRequest request, @Context UriInfo uri) {
        Activity activity = activities.create(ActivityRequestValidator.toDetails(request));
        return Response.created(uri.getBaseUriBuilder().path("sites").path(siteId).path("activities")
                .path(activity.id.toString()).build()).entity(ActivityView.of(activity)).build();
    }

    @GET
    @RolesAllowed({Roles.SITE_ADMIN, Roles.LINK_WORKER})
    @Operation(summary = "List the catalogue", description = "Paged; filter by `category`, `active`, and `needsReview` "
            + "(imported activities whose ages or category await a person's review).")
    @APIResponse(responseCode = "422", description = "`category` is not a category, `active` or `needsReview` not "
            + "`true`/`false`, or `page`/`size` out of range.")
    public Page<ActivityView> list(@PathParam("siteId") String siteId, @QueryParam("category") String category,
                                     @QueryParam("active") String active,
                                     @QueryParam("needsReview") String needsReview,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size, config.paging().defaultSize(), config.paging().maxSize());
        ActivityStore.Listing listing = activities.list(category(category), flag("active", active),
                flag("needsReview", needsReview), paging.page(), paging.size());
        return Page.of(listing.activities().stream().map(ActivityView::of).toList(), paging, listing.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an activity")
    @RolesAllowed({Roles.SITE_ADMIN, Roles.LINK_WORKER})
    public ActivityView get(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        return ActivityView.of(activities.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an activity's details")
    @APIResponse(responseCode = "409", description = "The capacity would go below the places already taken.")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_ADMIN, Roles.LINK_WORKER})
    public ActivityView update(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                               ActivityRequest request) {
        return ActivityView.of(activities.update(id, ActivityRequestValidator.toDetails(request)));
    }

    /**
     * A person's review of an activity's ages and category: approved, it may be recommended with
     * the ages given; not approved, it never is.
     */
    @POST
    @Path("/{id}/review")
    @Operation(summary = "Review an imported activity's ages and category", description = "Approved, it may be "
            + "recommended with the ages given; not approved, it never is.")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_ADMIN, Roles.LINK_WORKER})
    public ActivityView review(@PathParam("siteId") String siteId, @PathParam("id") UUID id, ReviewRequest request) {
        return ActivityView.of(activities.review(id, ReviewRequestValidator.toReview(request)));
    }

    /** One Open Referral UK {@code services} page (HSDS 3.0 UK profile or ORUK v1). */
    @POST
    @Path("/import")
    @Operation(summary = "Import an Open Referral UK services page", description = "An HSDS 3.0 UK profile (or ORUK "
            + "v1) `services` page, or a single service object: `{created, updated, skipped, errors}`; a service that "
            + "cannot be read is reported in `errors`, not refused.")
    @APIResponse(responseCode = "400", description = "The body is not an Open Referral services page or service.")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SITE_ADMIN, Roles.LINK_WORKER})
    public ImportResult importPage(@PathParam("siteId") String siteId, JsonNode page) {
        if (page == null) {
            throw Problem.badRequest("The body must be an Open Referral services page.");
        }
        return ImportResult.of(directoryImport.importPage(page));
    }

    private static Optional<String> category(String category) {
        if (category == null || category.isBlank()) {
            return Optional.empty();
        }
        if (!Categories.ALL.contains(category)) {
            throw Problem.invalid("category", "must be one of " + String.join(", ", Categories.ALL));
        }
        return Optional.of(category);
    }

    private static Optional<Boolean> flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw Problem.invalid(name, "must be true or false");
        };
    }
}
