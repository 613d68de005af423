package org.pathway.matching.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;
import org.pathway.chassis.api.Page;
import org.pathway.chassis.api.Paging;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.matching.api.dto.DirectoryFeedRequest;
import org.pathway.matching.api.dto.DirectoryFeedView;
import org.pathway.matching.api.dto.SyncReportView;
import org.pathway.matching.config.MatchingConfig;
import org.pathway.matching.feeds.DirectoryFeed;
import org.pathway.matching.feeds.FeedStore;
import org.pathway.matching.feeds.FeedSync;
import org.pathway.matching.feeds.FeedSyncRunner;
import org.pathway.matching.feeds.SyncTrigger;

/** The site's Open Referral UK directory feeds: subscribing, syncing now, and the sync history. */
@Path("/sites/{siteId}/directory-feeds")
@Tag(name = "Directory feeds", description = "Open Referral UK directories the catalogue is kept in step with.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SITE_ADMIN)
public class DirectoryFeedResource {

    private final FeedStore feeds;
    private final FeedSyncRunner runner;
    private final MatchingConfig config;

    public DirectoryFeedResource(FeedStore feeds, FeedSyncRunner runner, MatchingConfig config) {
        this.feeds = feeds;
        this.runner = runner;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to a directory feed", description = "An `https` URL of a public host (private "
            + "addresses are refused unless the deployment allows them), its format and sync schedule. 201 with its "
            + "Location.")
    public Response create(@PathParam("siteId") String siteId, DirectoryFeedRequest request, @Context UriInfo uri) {
        DirectoryFeedRequestValidator.NewFeed feed = DirectoryFeedRequestValidator.toNewFeed(request,
                config.feeds().privateHostsAllowed().orElse(Set.of()));
        DirectoryFeed created = feeds.create(feed.url(), feed.format(), feed.schedule());
        return Response.created(uri.getBaseUriBuilder().path("sites").path(siteId).path("directory-feeds")
                .path(created.id.toString()).build()).entity(DirectoryFeedView.of(created)).build();
    }

    @GET
    @Operation(summary = "List the site's directory feeds")
    @APIResponse(responseCode = "422", description = "`page` or `size` is out of range.")
    public Page<DirectoryFeedView> list(@PathParam("siteId") String siteId, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
        Paging paging = paging(page, size);
        FeedStore.Listing<DirectoryFeed> listing = feeds.list(paging.page(), paging.size());
        return Page.of(listing.items().stream().map(DirectoryFeedView::of).toList(), paging, listing.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a directory feed")
    public DirectoryFeedView get(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        return DirectoryFeedView.of(feeds.get(id));
    }

    /** Unsubscribes; the feed's activities stay in the catalogue as they are. */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe from a directory feed", description = "The feed's activities stay in the "
            + "catalogue as they are. 204.")
    @APIResponse(responseCode = "409", description = "The feed is being synced; delete it once the sync has finished.")
    public Response delete(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        feeds.delete(id);
        return Response.noContent().build();
    }

    /** Syncs the feed now and answers its report, also when the feed could not be read (the report says why). */
    @POST
    @Path("/{id}/sync")
    @Operation(summary = "Sync a feed now", description = "Answers the sync's report, also when the feed could not be "
            + "read (the report says why).")
    @APIResponse(responseCode = "409", description = "A sync of this feed is already running.")
    public SyncReportView sync(@PathParam("siteId") String siteId, @PathParam("id") UUID id) {
        FeedSync sync = runner.sync(id, SyncTrigger.MANUAL)
                .orElseThrow(() -> Problem.conflict("A sync of this feed is already running."));
        return SyncReportView.of(sync);
    }

    /** The feed's syncs, newest first. */
    @GET
    @Path("/{id}/syncs")
    @Operation(summary = "A feed's sync history", description = "Newest first.")
    @APIResponse(responseCode = "422", description = "`page` or `size` is out of range.")
    public Page<SyncReportView> syncs(@PathParam("siteId") String siteId, @PathParam("id") UUID id,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = paging(page, size);
        FeedStore.Listing<FeedSync> listing = feeds.history(id, paging.page(), paging.size());
        return Page.of(listing.items().stream().map(SyncReportView::of).toList(), paging, listing.total());
    }

    private Paging paging(Integer page, Integer size) {
        return Paging.of(page, size, config.paging().defaultSize(), config.paging().maxSize());
    }
}
