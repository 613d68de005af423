package org.pathway.referral.fhir;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * The HTTP security layer's own answers on the FHIR paths, as OperationOutcomes. The chassis' site check
 * ({@code SiteAccessPolicy}) and the OIDC mechanism refuse before any resource runs, so
 * {@link FhirPathsAnswerFhir} never sees them; left alone they are empty bodies.
 * <ul>
 * <li>401 (no token, a token that fails validation): Quarkus asks the authentication mechanisms to send the
 * challenge. This mechanism comes first: on a FHIR path it sends the challenge
 * ({@code WWW-Authenticate: Bearer}) with an OperationOutcome coded {@code REC_UNAUTHORIZED}; elsewhere it declines
 * and the OIDC mechanism answers as before.</li>
 * <li>403 (another site's or the platform's token): the security layer fails the route with a
 * {@link ForbiddenException}; the failure handler installed here answers it on a FHIR path with an
 * OperationOutcome coded {@code REC_FORBIDDEN}, and passes every other failure on.</li>
 * </ul>
 */
@ApplicationScoped
public class FhirSecurityAnswers implements HttpAuthenticationMechanism {

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private static final String AUTHORIZATION = "Authorization";

    private final FhirSupport fhir;
    private final OidcAuthenticationMechanism oidc;

    public FhirSecurityAnswers(FhirSupport fhir, OidcAuthenticationMechanism oidc) {
        this.fhir = fhir;
        this.oidc = oidc;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::forbidden);
    }

    private void forbidden(RoutingContext context) {
        if (context.failure() instanceof ForbiddenException && isFhirPath(context) && !context.response().ended()) {
            answer(context, 403);
        } else {
            context.next();
        }
    }

    /**
     * On a FHIR path the token is validated by the OIDC mechanism through this one, so that a token that fails
     * names this mechanism as the one to send the challenge (Quarkus asks only the mechanism that tried). Elsewhere,
     * and without a token, nothing is authenticated here and the OIDC mechanism, next in line, does it as before.
     */
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!isFhirPath(context) || context.request().getHeader(AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return oidc.authenticate(context, identityProviderManager).onFailure()
                .invoke(() -> context.put(HttpAuthenticationMechanism.class.getName(), this));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isFhirPath(context) || context.response().ended()) {
            return Uni.createFrom().item(false);
        }
        context.response().headers().set(WWW_AUTHENTICATE, "Bearer");
        answer(context, 401);
        return Uni.createFrom().item(true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return isFhirPath(context)
                ? Uni.createFrom().item(new ChallengeData(401, WWW_AUTHENTICATE, "Bearer"))
                : Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    private void answer(RoutingContext context, int status) {
        HttpServerResponse response = context.response();
        for (String header : List.of(BarsHeaders.REQUEST_ID, BarsHeaders.CORRELATION_ID)) {
            BarsHeaders.uuid(context.request().getHeader(header)).ifPresent(id -> response.headers().set(header, id));
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, FhirOutcomes.FHIR_JSON)
                .end(fhir.encode(FhirOutcomes.outcome(status, FhirOutcomes.codeFor(status), List.of())));
    }

    private static boolean isFhirPath(RoutingContext context) {
        return FhirPathsAnswerFhir.isFhirPath(context.normalizedPath());
    }
}
