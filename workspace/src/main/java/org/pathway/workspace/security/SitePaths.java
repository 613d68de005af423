package org.pathway.workspace.security;

import java.util.LinkedHashSet;
import java.util.Set;

/** Which tenant a workspace path belongs to: {@code /sites/<site>/...} to the site's, {@code /research/...} to the platform's. */
public final class SitePaths {

    private static final String SITES = "/sites/";
    private static final String RESEARCH = "/research";

    private SitePaths() {
    }

    /** The tenant the path belongs to, or null for the open pages (home, assets, health). */
    public static String tenantOf(String path) {
        if (path.startsWith(SITES)) {
            int end = path.indexOf('/', SITES.length());
            String site = end < 0 ? path.substring(SITES.length()) : path.substring(SITES.length(), end);
            return site.isEmpty() ? null : site;
        }
        if (path.equals(RESEARCH) || path.startsWith(RESEARCH + "/")) {
            return SiteTenantResolver.PLATFORM;
        }
        return null;
    }

    /** Every tenant: the sites, then the platform. */
    static Set<String> tenants(Set<String> sites) {
        Set<String> tenants = new LinkedHashSet<>(sites);
        tenants.add(SiteTenantResolver.PLATFORM);
        return tenants;
    }
}
