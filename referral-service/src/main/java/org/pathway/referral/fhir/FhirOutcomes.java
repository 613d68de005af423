package org.pathway.referral.fhir;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Errors on the FHIR door as BaRS has them: an OperationOutcome whose issues carry the code from NHS England's
 * http-error-codes and, where there is one, the FHIRPath of the element. Never a value the sender sent.
 */
public final class FhirOutcomes {

    public static final String FHIR_JSON = "application/fhir+json";

    private FhirOutcomes() {
    }

    /** The http-error-codes code for a status that arrives from elsewhere (security, routing, the chassis). */
    public static String codeFor(int status) {
        return switch (status) {
            case 400, 413, 415 -> "SEND_BAD_REQUEST";
            case 401 -> "REC_UNAUTHORIZED";
            case 403 -> "REC_FORBIDDEN";
            case 404 -> "REC_NOT_FOUND";
            case 405 -> "SEND_METHOD_NOT_ALLOWED";
            case 406 -> "SEND_NOT_ACCEPTABLE";
            case 409 -> "REC_CONFLICT";
            case 422 -> "REC_UNPROCESSABLE_ENTITY";
            case 503 -> "REC_SERVICE_UNAVAILABLE";
            default -> status < 500 ? "SEND_BAD_REQUEST" : "REC_SERVER_ERROR";
        };
    }

    public static OperationOutcome outcome(int status, String code, List<FhirIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        List<FhirIssue> each = issues.isEmpty() ? List.of(new FhirIssue(null, defaultMessage(status))) : issues;
        for (FhirIssue issue : each) {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(issueType(status))
                    .setDetails(new CodeableConcept(new Coding(BarsCodes.HTTP_ERROR_CODES, code, null)))
                    .setDiagnostics(issue.message());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
            }
        }
        return outcome;
    }

    public static Response response(FhirSupport fhir, int status, String code, List<FhirIssue> issues) {
        return Response.status(status).type(FHIR_JSON).entity(fhir.encode(outcome(status, code, issues))).build();
    }

    public static Response response(FhirSupport fhir, FhirFailure failure) {
        return response(fhir, failure.status(), failure.code(), failure.issues());
    }

    private static IssueType issueType(int status) {
        return switch (status) {
            case 400, 413, 415 -> IssueType.INVALID;
            case 401 -> IssueType.SECURITY;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 409 -> IssueType.CONFLICT;
            case 422 -> IssueType.BUSINESSRULE;
            case 503 -> IssueType.TRANSIENT;
            default -> status < 500 ? IssueType.PROCESSING : IssueType.EXCEPTION;
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "A valid bearer token is required.";
            case 403 -> "The caller may not do this.";
            case 404 -> "Not found at this site.";
            case 413 -> "The message is too large.";
            case 415 -> "The message must be application/fhir+json.";
            case 503 -> "The service is too busy or cannot reach its database; repeat the request shortly.";
            default -> status < 500 ? "The request cannot be processed." : "Something went wrong on our side.";
        };
    }
}
