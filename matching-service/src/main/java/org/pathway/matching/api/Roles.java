package org.pathway.matching.api;

/** Site roles this service checks (plain roles from the site's own issuer). */
final class Roles {

    static final String LINK_WORKER = "link-worker";
    static final String SITE_ADMIN = "site-admin";

    private Roles() {
    }
}
