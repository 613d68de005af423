package org.pathway.workspace.pages;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.pathway.workspace.services.Matching.Feed;
import org.pathway.workspace.services.Matching.SyncReport;
import org.pathway.workspace.services.MatchingApi;
import org.pathway.workspace.services.Page;
import org.pathway.workspace.services.ServiceProblem;

/**
 * The site's directory feeds (Open Referral UK): the list, subscribing to a feed, a feed's sync reports and "sync
 * now". Subscribing to a URL the site already has answers that feed instead of a second one, so a form sent twice
 * subscribes once.
 */
@Path("/sites/{siteId}/admin/feeds")
@Produces(MediaType.TEXT_HTML)
public class DirectoryFeedsPage {

    static final int PAGE_SIZE = 100;
    static final List<ReferralActions.Choice> FORMATS = List.of(new ReferralActions.Choice("auto", "Find out from the feed"),
            new ReferralActions.Choice("hsds-3", "HSDS 3.0 UK"), new ReferralActions.Choice("oruk-v1", "Open Referral UK v1"));
    static final List<ReferralActions.Choice> SCHEDULES = List.of(new ReferralActions.Choice("daily", "Daily"),
            new ReferralActions.Choice("hourly", "Hourly"), new ReferralActions.Choice("manual", "Only when asked"));
    private static final Map<String, String> LABELS = Map.of("url", "Feed address", "format", "Format",
            "schedule", "How often");
    private static final Map<String, String> NOTICES = Map.of("added", "Feed added.",
            "exists", "The site already has this feed.", "synced", "Sync finished: its report is the first below.",
            "running", "A sync of this feed is running: its report will be below once it ends.");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance feeds(String siteId, Page<Feed> feeds, Map<String, String> values,
                                            List<ReferralActions.Choice> formats, List<ReferralActions.Choice> schedules,
                                            FieldErrors errors, String notice);

        static native TemplateInstance feed(String siteId, Feed feed, Page<SyncReport> syncs, String notice);
    }

    private final MatchingApi matching;

    public DirectoryFeedsPage(@RestClient MatchingApi matching) {
        this.matching = matching;
    }

    @GET
    public TemplateInstance feeds(@PathParam("siteId") String siteId, @QueryParam("done") String done) {
        return list(siteId, Map.of("format", "auto", "schedule", "daily"), FieldErrors.none(), NOTICES.get(done == null ? "" : done));
    }

    @POST
    public Response add(@PathParam("siteId") String siteId, @RestForm String url, @RestForm String format,
                        @RestForm String schedule) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("url", url == null ? "" : url.trim());
        values.put("format", format == null ? "auto" : format);
        values.put("schedule", schedule == null ? "daily" : schedule);
        Optional<Feed> existing = matching.directoryFeeds(siteId, 0, PAGE_SIZE).items().stream()
                .filter(f -> f.url().equals(values.get("url"))).findFirst();
        if (existing.isPresent()) {
            return seeOther(siteId, existing.get().id(), "exists");
        }
        try {
            Feed feed = matching.addDirectoryFeed(siteId, new LinkedHashMap<>(values));
            return seeOther(siteId, feed.id(), "added");
        } catch (ServiceProblem problem) {
            if (problem.status() != 400 && problem.status() != 422) {
                throw problem;
            }
            return Response.status(422).entity(list(siteId, values, FieldErrors.of(problem, LABELS), null)).build();
        }
    }

    @GET
    @Path("/{feedId}")
    public TemplateInstance feed(@PathParam("siteId") String siteId, @PathParam("feedId") UUID feedId,
                                 @QueryParam("done") String done) {
        return Templates.feed(siteId, matching.directoryFeed(siteId, feedId), matching.syncs(siteId, feedId, 0, 20),
                NOTICES.get(done == null ? "" : done));
    }

    @POST
    @Path("/{feedId}/sync")
    public Response sync(@PathParam("siteId") String siteId, @PathParam("feedId") UUID feedId) {
        try {
            matching.sync(siteId, feedId);
            return seeOther(siteId, feedId, "synced");
        } catch (ServiceProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            return seeOther(siteId, feedId, "running");
        }
    }

    private TemplateInstance list(String siteId, Map<String, String> values, FieldErrors errors, String notice) {
        return Templates.feeds(siteId, matching.directoryFeeds(siteId, 0, PAGE_SIZE), values, FORMATS, SCHEDULES, errors, notice);
    }

    private static Response seeOther(String siteId, UUID feedId, String done) {
        return Response.seeOther(URI.create("/sites/" + siteId + "/admin/feeds/" + feedId + "?done=" + done)).build();
    }
}
