package org.pathway.matching.security;

/** Site roles this service checks (plain roles from the site's own issuer). */
public final class Roles {

    public static final String LINK_WORKER = "link-worker";
    public static final String SITE_ADMIN = "site-admin";

    private Roles() {
    }
}
