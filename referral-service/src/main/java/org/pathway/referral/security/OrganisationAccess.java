package org.pathway.referral.security;

import java.util.Optional;
import java.util.Set;
import org.pathway.chassis.security.Roles;

/**
 * Who may read one referral's identifiable record: link workers and site admins of the site, and a
 * referrer only for referrals its own organisation made. A referrer whose token names no
 * organisation reads nothing.
 */
public final class OrganisationAccess {

    private OrganisationAccess() {
    }

    public static boolean mayRead(Set<String> roles, Optional<String> callerOrganisation,
                                  String referrerOrganisationCode) {
        if (roles.contains(Roles.LINK_WORKER) || roles.contains(Roles.SITE_ADMIN)) {
            return true;
        }
        return roles.contains(Roles.REFERRER)
                && callerOrganisation.filter(code -> !code.isBlank()).map(code -> code.equals(referrerOrganisationCode))
                .orElse(false);
    }

    /** JSON string claims may arrive with their quotes. */
    static String unquote(String claim) {
        return claim.length() >= 2 && claim.startsWith("\"") && claim.endsWith("\"")
                ? claim.substring(1, claim.length() - 1) : claim;
    }
}
