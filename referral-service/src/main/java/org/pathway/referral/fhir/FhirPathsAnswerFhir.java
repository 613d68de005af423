package org.pathway.referral.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * On the FHIR paths every error is an OperationOutcome, never problem+json: our own refusals ({@link FhirFailure})
 * are mapped here, and whatever the chassis' problem mappers answered for a FHIR path
 * (404, 400 for an id that is not a UUID, 413, 415, 500) is rewritten into an
 * OperationOutcome with the same status and its http-error-codes code. X-Request-Id and X-Correlation-Id are
 * echoed on every answer. The 401 (no token, a bad token) and 403 (another site's token) that the HTTP security
 * layer answers before any resource runs are {@link FhirSecurityAnswers}'.
 */
public class FhirPathsAnswerFhir {

    private static final Pattern FHIR_PATH = Pattern.compile("/sites/[^/]+/fhir(/.*)?");

    private final FhirSupport fhir;

    public FhirPathsAnswerFhir(FhirSupport fhir) {
        this.fhir = fhir;
    }

    @ServerExceptionMapper
    public Response refused(FhirFailure failure) {
        return FhirOutcomes.response(fhir, failure);
    }

    @ServerResponseFilter
    public void outcomeForEveryError(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isFhirPath(request.getUriInfo().getPath())) {
            return;
        }
        for (String header : List.of(BarsHeaders.REQUEST_ID, BarsHeaders.CORRELATION_ID)) {
            // Echoed only when it is a UUID: anything else would be the sender's text sent back.
            BarsHeaders.uuid(request.getHeaderString(header))
                    .ifPresent(id -> response.getHeaders().putSingle(header, id));
        }
        if (response.getStatus() < 400) {
            return;
        }
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.valueOf(FhirOutcomes.FHIR_JSON))) {
            return;
        }
        int status = response.getStatus();
        response.setEntity(fhir.encode(FhirOutcomes.outcome(status, FhirOutcomes.codeFor(status), List.of())),
                null, MediaType.valueOf(FhirOutcomes.FHIR_JSON));
    }

    static boolean isFhirPath(String path) {
        return path != null && FHIR_PATH.matcher(path).matches();
    }
}
