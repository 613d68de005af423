package org.pathway.reporting.security;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.security.Roles;
import org.pathway.chassis.tenancy.Sites;

/**
 * Which sites the caller may report on. A platform researcher sees every hosted site and may narrow
 * them with {@code ?site=}; a site admin sees only the site whose issuer signed their token, and
 * asking for another site is refused rather than silently ignored.
 */
@RequestScoped
public class ReportScope {

    /** The attribute quarkus-oidc sets to the tenant (here: the site, or the platform) that verified the token. */
    private static final String TENANT_ID = "tenant-id";

    private final SecurityIdentity identity;
    private final Sites sites;

    public ReportScope(SecurityIdentity identity, Sites sites) {
        this.identity = identity;
        this.sites = sites;
    }

    /** @param requested the {@code site} query parameters; empty for every site the caller may see */
    public List<String> sites(List<String> requested) {
        List<String> asked = requested == null ? List.of() : requested.stream().distinct().sorted().toList();
        if (identity.hasRole(Roles.RESEARCHER)) {
            if (asked.isEmpty()) {
                return List.copyOf(sites.ids());
            }
            if (!asked.stream().allMatch(sites::hosts)) {
                throw Problem.invalid("site", "must be a site whose events this store holds");
            }
            return asked;
        }
        String own = identity.getAttribute(TENANT_ID);
        if (identity.hasRole(Roles.SITE_ADMIN) && sites.hosts(own)) {
            if (!asked.stream().allMatch(own::equals)) {
                throw Problem.forbidden("A site admin may report on their own site only.");
            }
            return List.of(own);
        }
        throw Problem.forbidden("Reports need the researcher or site-admin role.");
    }
}
