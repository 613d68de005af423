package org.pathway.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** The OperationOutcome a FHIR path answers for a status the chassis chose (problem+json rewritten). */
class FhirOutcomesTest {

    @Test
    void aBusyDatabaseIsATransientServiceUnavailableOutcome() {
        OperationOutcome outcome = FhirOutcomes.outcome(503, FhirOutcomes.codeFor(503), List.of());

        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
        assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.TRANSIENT);
        assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(BarsCodes.HTTP_ERROR_CODES);
        assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo("REC_SERVICE_UNAVAILABLE");
        assertThat(issue.getDiagnostics()).contains("repeat the request");
    }

    @Test
    void anUnexpectedFailureStaysAServerError() {
        OperationOutcome outcome = FhirOutcomes.outcome(500, FhirOutcomes.codeFor(500), List.of());

        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.EXCEPTION);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("REC_SERVER_ERROR");
    }
}
