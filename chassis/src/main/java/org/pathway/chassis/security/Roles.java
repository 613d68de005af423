package org.pathway.chassis.security;

/**
 * The role names every service checks (ARCHITECTURE.md). Site roles come unqualified from the site's
 * own issuer; platform roles are qualified by {@link IssuerQualifiedRoles} so a site cannot mint them.
 */
public final class Roles {

    public static final String REFERRER = "referrer";
    public static final String LINK_WORKER = "link-worker";
    public static final String SITE_ADMIN = "site-admin";

    /** A researcher of the platform issuer, as the identity carries it after qualification. */
    public static final String RESEARCHER = IssuerQualifiedRoles.PLATFORM_PREFIX + "researcher";

    /** An operator of the platform issuer (e.g. re-encrypting stored secrets under a new key). */
    public static final String PLATFORM_ADMIN = IssuerQualifiedRoles.PLATFORM_PREFIX + "platform-admin";

    private Roles() {
    }
}
