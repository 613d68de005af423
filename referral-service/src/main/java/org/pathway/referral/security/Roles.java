package org.pathway.referral.security;

/** The site roles this service checks (ARCHITECTURE.md); site tokens carry them unqualified. */
public final class Roles {

    public static final String REFERRER = "referrer";
    public static final String LINK_WORKER = "link-worker";
    public static final String SITE_ADMIN = "site-admin";

    private Roles() {
    }
}
