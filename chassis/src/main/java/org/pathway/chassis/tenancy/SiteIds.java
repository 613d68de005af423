package org.pathway.chassis.tenancy;

import java.util.regex.Pattern;

/** The rules tying a site id to its PostgreSQL schema. */
public final class SiteIds {

    /** Site ids are lower-case slugs. */
    public static final Pattern SITE_ID = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    /** The schema that holds no site's data: a query that reaches it without a site fails. */
    public static final String NO_SITE_SCHEMA = "public";

    private SiteIds() {
    }

    public static boolean isWellFormed(String siteId) {
        return siteId != null && siteId.length() <= 40 && SITE_ID.matcher(siteId).matches();
    }

    /** {@code north-london} → {@code site_north_london}. */
    public static String schemaOf(String siteId) {
        if (!isWellFormed(siteId)) {
            throw new IllegalArgumentException("Not a site id");
        }
        return "site_" + siteId.replace('-', '_');
    }
}
