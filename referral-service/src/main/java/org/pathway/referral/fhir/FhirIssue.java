package org.pathway.referral.fhir;

/**
 * One problem with a message: the FHIRPath of the element ({@code Bundle.entry[6].resource.birthDate}, or
 * {@code http.X-Request-Id} for a header) and what is wrong, in words that never repeat the value sent.
 */
public record FhirIssue(String expression, String message) {
}
