package org.pathway.referral.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The BaRS request headers: {@code X-Request-Id} and {@code X-Correlation-Id} (UUIDs, required, echoed) and
 * {@code NHSD-Target-Identifier} (optional: Base64 of a JSON object naming the receiving service).
 */
public record BarsHeaders(String requestId, String correlationId) {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String TARGET_IDENTIFIER = "NHSD-Target-Identifier";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The headers, or a 400 naming each that is missing or malformed (as {@code http.<header>}). */
    public static BarsHeaders of(String requestId, String correlationId, String targetIdentifier) {
        List<FhirIssue> issues = new ArrayList<>();
        if (uuid(requestId).isEmpty()) {
            issues.add(new FhirIssue("http." + REQUEST_ID, "is required and must be a UUID"));
        }
        if (uuid(correlationId).isEmpty()) {
            issues.add(new FhirIssue("http." + CORRELATION_ID, "is required and must be a UUID"));
        }
        if (targetIdentifier != null && !isTargetIdentifier(targetIdentifier)) {
            issues.add(new FhirIssue("http." + TARGET_IDENTIFIER,
                    "must be Base64 of a JSON object with value (and system)"));
        }
        if (!issues.isEmpty()) {
            throw FhirFailure.badRequest(issues);
        }
        return new BarsHeaders(requestId.toLowerCase(java.util.Locale.ROOT),
                correlationId.toLowerCase(java.util.Locale.ROOT));
    }

    /** The header as a canonical UUID string, if it is one. */
    public static Optional<String> uuid(String header) {
        if (header == null || header.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID parsed = UUID.fromString(header);
            return parsed.toString().equalsIgnoreCase(header) ? Optional.of(header) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    static boolean isTargetIdentifier(String header) {
        try {
            JsonNode target = JSON.readTree(Base64.getDecoder().decode(header.trim()));
            return target != null && target.isObject() && target.path("value").isTextual();
        } catch (IllegalArgumentException | java.io.IOException malformed) {
            return false;
        }
    }
}
