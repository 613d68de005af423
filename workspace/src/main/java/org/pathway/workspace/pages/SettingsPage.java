package org.pathway.workspace.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import org.pathway.workspace.config.WorkspaceConfig;
import org.pathway.workspace.services.EngagementApi;
import org.pathway.workspace.services.MatchingApi;
import org.pathway.workspace.services.ReferralApi;

/** The site's rules as each service applies them (eligible ages, needs in scope, engagement thresholds, ...). */
@Path("/sites/{siteId}/admin/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance settings(String siteId, int contactTargetDays, Map<String, Map<String, Object>> services);
    }

    private final ReferralApi referrals;
    private final MatchingApi matching;
    private final EngagementApi engagement;
    private final WorkspaceConfig config;

    public SettingsPage(@RestClient ReferralApi referrals, @RestClient MatchingApi matching,
                        @RestClient EngagementApi engagement, WorkspaceConfig config) {
        this.referrals = referrals;
        this.matching = matching;
        this.engagement = engagement;
        this.config = config;
    }

    @GET
    public TemplateInstance settings(@PathParam("siteId") String siteId) {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        services.put("referral-service", referrals.settings(siteId));
        services.put("matching-service", matching.settings(siteId));
        services.put("engagement-service", engagement.settings(siteId));
        return Templates.settings(siteId, config.sites().get(siteId).contactTargetDays(), services);
    }
}
