package org.pathway.chassis.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.chassis.security.IssuerQualifiedRoles;

/**
 * Which issuers' tokens an operation accepts, as OpenAPI security requirement alternatives: one OpenID Connect
 * scheme per hosted site ({@code site-<siteId>}) and one for the platform ({@code platform}), each listing the roles
 * the token must carry. A path under {@code /sites/{siteId}} takes that site's tokens only (the site check refuses
 * every other issuer, the platform's too); other paths take each issuer whose roles the operation allows.
 */
public final class Issuers {

    public static final String PLATFORM_SCHEME = "platform";
    public static final String SITE_SCHEME_PREFIX = "site-";

    private Issuers() {
    }

    public static String siteScheme(String siteId) {
        return SITE_SCHEME_PREFIX + siteId;
    }

    /**
     * @param sitePath the operation's path starts with {@code /sites/{siteId}}
     * @param roles    the roles it allows as the service checks them (platform roles qualified); empty: any user
     * @param siteIds  the hosted sites, in the order the document lists them
     */
    public static List<Map<String, List<String>>> requirements(boolean sitePath, List<String> roles,
                                                                List<String> siteIds) {
        List<String> siteRoles = roles.stream().filter(r -> !r.startsWith(IssuerQualifiedRoles.PLATFORM_PREFIX))
                .sorted().toList();
        List<String> platformRoles = roles.stream().filter(r -> r.startsWith(IssuerQualifiedRoles.PLATFORM_PREFIX))
                .map(r -> r.substring(IssuerQualifiedRoles.PLATFORM_PREFIX.length())).sorted().toList();
        boolean anyUser = roles.isEmpty();
        List<Map<String, List<String>>> alternatives = new ArrayList<>();
        if (anyUser || !siteRoles.isEmpty()) {
            for (String site : siteIds) {
                alternatives.add(Map.of(siteScheme(site), siteRoles));
            }
        }
        if (!sitePath && (anyUser || !platformRoles.isEmpty())) {
            alternatives.add(Map.of(PLATFORM_SCHEME, platformRoles));
        }
        return alternatives;
    }

    /** One sentence for the operation's description: who may call it. */
    public static String sentence(List<Map<String, List<String>>> alternatives) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Map<String, List<String>> alternative : alternatives) {
            alternative.forEach((scheme, roles) -> byKind.putIfAbsent(
                    scheme.equals(PLATFORM_SCHEME) ? "a platform token" : "a token of the site's own issuer", roles));
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, roles) -> parts.add(kind + (roles.isEmpty() ? " (any role)"
                : " with role " + String.join(" or ", roles.stream().map(r -> "`" + r + "`").toList()))));
        return "Needs " + String.join(", or ", parts) + ".";
    }
}
