package org.pathway.workspace.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.pathway.workspace.config.WorkspaceConfig;

/** Who is signed in, for the page header and the navigation ({@code inject:user} in templates). */
@RequestScoped
@Named("user")
public class SignedIn {

    public static final String LINK_WORKER = "link-worker";
    public static final String SITE_ADMIN = "site-admin";
    public static final String RESEARCHER = "researcher";

    private final SecurityIdentity identity;
    private final WorkspaceConfig config;

    public SignedIn(SecurityIdentity identity, WorkspaceConfig config) {
        this.identity = identity;
        this.config = config;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("preferred_username") != null) {
            return token.getClaim("preferred_username").toString();
        }
        return identity.getPrincipal().getName();
    }

    /** The site signed in to, or null for researchers and anonymous visitors. */
    public String getSite() {
        Object tenant = identity.getAttribute("tenant-id");
        return tenant != null && config.sites().containsKey(tenant.toString()) ? tenant.toString() : null;
    }

    public String getSiteName() {
        String site = getSite();
        return site == null ? "" : config.sites().get(site).name();
    }

    public boolean isLinkWorker() {
        return identity.hasRole(LINK_WORKER);
    }

    public boolean isSiteAdmin() {
        return identity.hasRole(SITE_ADMIN);
    }

    public boolean isResearcher() {
        return SiteTenantResolver.PLATFORM.equals(identity.getAttribute("tenant-id")) && identity.hasRole(RESEARCHER);
    }
}
