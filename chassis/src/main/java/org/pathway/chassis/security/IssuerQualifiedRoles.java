package org.pathway.chassis.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.config.PathwayConfig;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Roles minted by the platform issuer become {@code platform:<role>}, so a site's own identity
 * provider cannot grant itself platform-wide powers by issuing a {@code researcher} role.
 */
@ApplicationScoped
public class IssuerQualifiedRoles implements SecurityIdentityAugmentor {

    public static final String PLATFORM_PREFIX = "platform:";

    private final String platformTenant;

    public IssuerQualifiedRoles(PathwayConfig config) {
        this.platformTenant = config.tenancy().platformTenant();
    }

    /** The role as it appears on an identity from the platform issuer. */
    public static String platform(String role) {
        return PLATFORM_PREFIX + role;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !platformTenant.equals(identity.getAttribute("tenant-id"))) {
            return Uni.createFrom().item(identity);
        }
        Set<String> qualified = identity.getRoles().stream().map(IssuerQualifiedRoles::platform)
                .collect(Collectors.toSet());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(qualified)
                .setAnonymous(false);
        builder.addPermissionChecker(identity::checkPermission);
        return Uni.createFrom().item(builder.build());
    }
}
