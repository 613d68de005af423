package org.pathway.local.simulate;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;

/**
 * A site's activity catalogue and provider webhook secrets as the simulation created them: the
 * site admin enters each activity, then registers each provider (the secret is shown only once).
 * A young person may also be placed in an activity the site had before the run (one `bench` made,
 * say): its provider is registered again the first time the run needs its secret, which rotates it
 * (API.md: the old secret keeps working for 24 h).
 */
final class Catalogue {

    private final Api api;
    private final URI engagement;
    private final String siteId;
    private final Map<String, SiteData.ActivitySpec> activities = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    private Catalogue(Api api, URI engagement, String siteId) {
        this.api = api;
        this.engagement = engagement;
        this.siteId = siteId;
    }

    static Catalogue create(Api api, URI matching, URI engagement, SiteData site) {
        Catalogue catalogue = new Catalogue(api, engagement, site.siteId());
        String admin = catalogue.admin();
        URI activities = matching.resolve("/sites/" + site.siteId() + "/activities");
        for (SiteData.ActivitySpec spec : site.activities()) {
            Api.Response created = api.post(activities, admin, body(spec));
            if (!created.is(201)) {
                throw new SimulationException("creating activity '" + spec.name() + "' at " + site.siteId()
                        + " failed: " + created.describe());
            }
            catalogue.activities.put(created.body().path("id").asText(), spec);
        }
        for (String provider : site.providerIds()) {
            catalogue.secret(provider);
        }
        return catalogue;
    }

    String siteId() {
        return siteId;
    }

    /** The activity this run created with that id, or null (an activity from elsewhere). */
    SiteData.ActivitySpec activity(String activityId) {
        return activities.get(activityId);
    }

    /** The provider's webhook secret; a provider this run did not register is registered now, once. */
    String secret(String providerId) {
        return secrets.computeIfAbsent(providerId, this::register);
    }

    private String register(String provider) {
        Api.Response credentials = api.post(
                engagement.resolve("/sites/" + siteId + "/providers/" + provider + "/credentials"), admin(), Map.of());
        if (!credentials.is(201) || !credentials.body().hasNonNull("secret")) {
            throw new SimulationException("registering provider " + provider + " at " + siteId + " failed: "
                    + credentials.describe());
        }
        return credentials.body().get("secret").asText();
    }

    private String admin() {
        return DemoUsers.atSite(Roles.SITE_ADMIN, siteId);
    }

    private static Map<String, Object> body(SiteData.ActivitySpec a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", a.providerId());
        body.put("providerName", a.providerName());
        body.put("name", a.name());
        body.put("category", a.category());
        body.put("description", a.name() + ", run by " + a.providerName() + " (simulated demo activity)");
        body.put("minAge", a.minAge());
        body.put("maxAge", a.maxAge());
        body.put("postcode", a.postcode());
        body.put("latitude", a.latitude());
        body.put("longitude", a.longitude());
        body.put("schedule", List.of(Map.of("day", a.day(), "start", a.start(), "end", a.end())));
        body.put("capacity", SiteData.CAPACITY);
        body.put("costPerSessionPence", a.costPerSessionPence());
        body.put("accessibility", a.accessibility());
        body.put("languages", a.languages());
        body.put("active", true);
        return body;
    }
}
