package org.pathway.referral.fhir;

import java.util.List;

/**
 * A refusal on the FHIR door: the HTTP status, its code from NHS England's http-error-codes, and the issues.
 * Answered as an OperationOutcome by {@link FhirOutcomes}.
 */
public final class FhirFailure extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FhirIssue> issues;

    public FhirFailure(int status, String code, List<FhirIssue> issues) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.issues = List.copyOf(issues);
    }

    public static FhirFailure badRequest(List<FhirIssue> issues) {
        return new FhirFailure(400, "SEND_BAD_REQUEST", issues);
    }

    public static FhirFailure unprocessable(List<FhirIssue> issues) {
        return new FhirFailure(422, "REC_UNPROCESSABLE_ENTITY", issues);
    }

    public static FhirFailure conflict(String message) {
        return new FhirFailure(409, "REC_CONFLICT", List.of(new FhirIssue(null, message)));
    }

    public static FhirFailure forbidden(String message) {
        return new FhirFailure(403, "REC_FORBIDDEN", List.of(new FhirIssue(null, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FhirIssue> issues() {
        return issues;
    }
}
