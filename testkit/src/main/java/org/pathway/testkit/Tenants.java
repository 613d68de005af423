package org.pathway.testkit;

import java.util.List;

/** The OIDC tenants the test issuers play, and the realm each one is served under. */
final class Tenants {

    static final String NORTH_LONDON = "north-london";
    static final String CARDIFF_VALE = "cardiff-vale";
    static final String PLATFORM = "platform";
    static final String ROGUE = "rogue";
    /** A key that appears in no JWKS: tokens signed with it must never verify. */
    static final String UNPUBLISHED = "unpublished";

    static final List<String> SITES = List.of(NORTH_LONDON, CARDIFF_VALE);
    static final List<String> PUBLISHED = List.of(NORTH_LONDON, CARDIFF_VALE, PLATFORM, ROGUE);
    static final List<String> ALL_KEYS = List.of(NORTH_LONDON, CARDIFF_VALE, PLATFORM, ROGUE, UNPUBLISHED);

    static final String OIDC_URL_KEY = "testkit.oidc.url";
    static final String KEY_PREFIX = "testkit.oidc.key.";

    private Tenants() {
    }

    static String siteRealm(String siteId) {
        return "site-" + siteId;
    }

    static String realm(String tenant) {
        return SITES.contains(tenant) ? siteRealm(tenant) : tenant;
    }
}
