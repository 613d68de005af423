package org.pathway.testkit;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens from the test issuers started by {@link PathwayInfrastructure}. Keys come from configuration,
 * never from static state, because test classes and test resources live in different class loaders.
 */
public final class Tokens {

    private static final long LIFETIME_SECONDS = 3600;

    private Tokens() {
    }

    /** A token from the site's own issuer ({@code .../realms/site-<siteId>}) with a {@code site} claim. */
    public static String site(String siteId, String user, String... roles) {
        return sign(siteClaims(siteId, user, roles).expiresIn(LIFETIME_SECONDS), Tenants.siteRealm(siteId), privateKey(siteId));
    }

    /** A token from the platform issuer, without a site claim. */
    public static String platform(String user, String... roles) {
        String realm = Tenants.realm(Tenants.PLATFORM);
        return sign(claims(realm, user, roles).expiresIn(LIFETIME_SECONDS), realm, privateKey(Tenants.PLATFORM));
    }

    /** A token from an issuer whose keys are published but which no service trusts. */
    public static String rogue(String user, String... roles) {
        String realm = Tenants.realm(Tenants.ROGUE);
        return sign(claims(realm, user, roles).expiresIn(LIFETIME_SECONDS), realm, privateKey(Tenants.ROGUE));
    }

    /** The site's issuer and key id, but signed with a key that is in no JWKS. */
    public static String unpublishedKey(String siteId, String user, String... roles) {
        return sign(siteClaims(siteId, user, roles).expiresIn(LIFETIME_SECONDS), Tenants.siteRealm(siteId), privateKey(Tenants.UNPUBLISHED));
    }

    /** A correctly signed site token that expired an hour ago. */
    public static String expired(String siteId, String user, String... roles) {
        long now = Instant.now().getEpochSecond();
        JwtClaimsBuilder claims = siteClaims(siteId, user, roles)
                .issuedAt(now - 2 * LIFETIME_SECONDS)
                .expiresAt(now - LIFETIME_SECONDS);
        return sign(claims, Tenants.siteRealm(siteId), privateKey(siteId));
    }

    private static JwtClaimsBuilder siteClaims(String siteId, String user, String... roles) {
        return claims(Tenants.siteRealm(siteId), user, roles).claim("site", siteId);
    }

    private static JwtClaimsBuilder claims(String realm, String user, String... roles) {
        String issuer = OidcDocuments.realmUrl(TestkitConfig.required(Tenants.OIDC_URL_KEY), realm);
        return Jwt.issuer(issuer).upn(user).subject(user).groups(new LinkedHashSet<>(List.of(roles)));
    }

    private static String sign(JwtClaimsBuilder claims, String keyId, PrivateKey key) {
        return claims.jws().keyId(keyId).sign(key);
    }

    private static PrivateKey privateKey(String tenant) {
        String encoded = TestkitConfig.required(Tenants.KEY_PREFIX + tenant);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable test signing key for tenant " + tenant, e);
        }
    }
}
