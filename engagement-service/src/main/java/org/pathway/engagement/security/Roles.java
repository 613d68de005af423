package org.pathway.engagement.security;

/** Site roles this service checks (ARCHITECTURE.md). */
public final class Roles {

    public static final String LINK_WORKER = "link-worker";
    public static final String SITE_ADMIN = "site-admin";

    private Roles() {
    }
}
