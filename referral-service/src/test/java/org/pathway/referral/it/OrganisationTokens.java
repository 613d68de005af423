package org.pathway.referral.it;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pathway.chassis.security.Roles;
import org.pathway.referral.security.Caller;

/**
 * Site tokens that also name the caller's organisation. The test kit's {@code Tokens} sets no extra
 * claims, so this signs like it does, with the site issuer's test key taken from configuration.
 */
public final class OrganisationTokens {

    private OrganisationTokens() {
    }

    public static String referrer(String siteId, String organisation) {
        String realm = "site-" + siteId;
        String issuer = config("testkit.oidc.url") + "/realms/" + realm;
        return Jwt.issuer(issuer).upn("referrer-" + organisation).subject("referrer-" + organisation)
                .groups(Set.of(Roles.REFERRER)).claim("site", siteId).claim(Caller.ORGANISATION_CLAIM, organisation)
                .expiresIn(3600).jws().keyId(realm).sign(key(siteId));
    }

    private static PrivateKey key(String siteId) {
        try {
            byte[] encoded = Base64.getDecoder().decode(config("testkit.oidc.key." + siteId));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable test signing key", e);
        }
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
