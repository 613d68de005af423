package org.pathway.referral.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the audit trail and the referrer's organisation check need it. */
@RequestScoped
public class Caller {

    /** Token claim naming the caller's ODS organisation; a referrer reads only its own organisation's referrals. */
    public static final String ORGANISATION_CLAIM = "organisation";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public Optional<String> organisation() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(ORGANISATION_CLAIM);
            return Optional.ofNullable(claim).map(Object::toString).map(OrganisationAccess::unquote);
        }
        return Optional.empty();
    }
}
