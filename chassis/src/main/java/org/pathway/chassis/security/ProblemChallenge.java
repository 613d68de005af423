package org.pathway.chassis.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.pathway.chassis.problem.ProblemBody;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The security layer's 401 as problem+json (API.md: every error is one), with {@code WWW-Authenticate: Bearer} as
 * before. Quarkus asks the mechanism that tried a token to send the challenge, or, when no token came, each mechanism
 * in priority order: this one validates a bearer token through the OIDC mechanism (so that a token that fails names
 * this one) and answers the challenge on every path a mechanism of higher priority left to it (referral-service's
 * FHIR door answers its own paths with an OperationOutcome).
 */
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

    static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    static final String DETAIL = "A valid bearer token is required: none was sent, or it is expired, "
            + "not signed by an issuer trusted here, or signed with an unpublished key.";
    private static final String AUTHORIZATION = "Authorization";

    private final OidcAuthenticationMechanism oidc;
    private final String body;

    public ProblemChallenge(OidcAuthenticationMechanism oidc, ObjectMapper json) {
        this.oidc = oidc;
        try {
            this.body = json.writeValueAsString(ProblemBody.of(401, "Unauthorized", DETAIL, List.of()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (context.request().getHeader(AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return oidc.authenticate(context, identityProviderManager).onFailure()
                .invoke(() -> context.put(HttpAuthenticationMechanism.class.getName(), this));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (context.response().ended()) {
            return Uni.createFrom().item(false);
        }
        context.response().setStatusCode(401)
                .putHeader(WWW_AUTHENTICATE, "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemBody.MEDIA_TYPE)
                .end(body);
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE, "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** After referral-service's FHIR door ({@code DEFAULT_PRIORITY + 1000}), before the OIDC mechanism. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 500;
    }
}
