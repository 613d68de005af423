package org.pathway.referral.fhir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in the Bundle each field of the JSON referral came from (or would have), so that a refusal by the
 * JSON rules names the FHIRPath the sender must fix. A field without a path of its own takes its parent's.
 */
public final class FieldPaths {

    private final Map<String, String> paths = new LinkedHashMap<>();

    public FieldPaths put(String field, String fhirPath) {
        paths.put(field, fhirPath);
        return this;
    }

    /** The FHIRPath of a referral field ({@code youngPerson.contact.email}, {@code presentingNeeds[1]}). */
    public String of(String field) {
        String candidate = field;
        while (true) {
            String path = paths.get(candidate);
            if (path != null) {
                return path;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            if (cut <= 0) {
                return "Bundle";
            }
            candidate = candidate.substring(0, cut);
        }
    }
}
