package org.pathway.referral.fhir;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.pathway.referral.domain.Vocabulary;

/**
 * What a coded finding means to the pathway: a presenting need, a severity, a risk level. SNOMED CT first
 * (the concepts below only), then our own code systems for what SNOMED CT does not say as plainly. Any other
 * SNOMED CT finding is the need {@code other}, which the eligibility rules decline as out of scope.
 */
public final class ClinicalCodes {

    /** SNOMED CT disorders → presenting need. */
    static final Map<String, String> NEEDS = Map.of(
            "197480006", "anxiety",      // Anxiety disorder (disorder)
            "35489007", "depression",    // Depressive disorder (disorder)
            "47505003", "trauma");       // Posttraumatic stress disorder (disorder)
    /** SNOMED CT severity qualifiers of FHIR R4's condition-severity value set → severity. */
    static final Map<String, String> SEVERITIES = Map.of(
            "255604002", "mild",         // Mild (qualifier value)
            "6736007", "moderate",       // Moderate (severity modifier) (qualifier value)
            "24484000", "severe");       // Severe (severity modifier) (qualifier value)
    /** SNOMED CT risk qualifiers → risk level (medium has no code we could confirm: our own system carries it). */
    static final Map<String, String> RISKS = Map.of(
            "723505004", "low",          // Low risk (qualifier value)
            "723509005", "high");        // High risk (qualifier value)

    private ClinicalCodes() {
    }

    public static Optional<String> need(Coding coding) {
        if (BarsCodes.SNOMED.equals(coding.getSystem()) && coding.hasCode()) {
            return Optional.of(NEEDS.getOrDefault(coding.getCode(), "other"));
        }
        return own(coding, BarsCodes.PRESENTING_NEED, Vocabulary.PRESENTING_NEEDS);
    }

    public static Optional<String> severity(Coding coding) {
        if (BarsCodes.SNOMED.equals(coding.getSystem())) {
            return Optional.ofNullable(SEVERITIES.get(coding.getCode()));
        }
        return own(coding, BarsCodes.SEVERITY, Vocabulary.SEVERITIES);
    }

    public static Optional<String> risk(Coding coding) {
        if (BarsCodes.SNOMED.equals(coding.getSystem())) {
            return Optional.ofNullable(RISKS.get(coding.getCode()));
        }
        return own(coding, BarsCodes.RISK_LEVEL, Vocabulary.RISK_LEVELS);
    }

    /** The graver of two values of an ordered vocabulary (mild < moderate < severe; low < medium < high). */
    static String graver(List<String> order, String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || order.indexOf(a) >= order.indexOf(b) ? a : b;
    }

    private static Optional<String> own(Coding coding, String system, List<String> vocabulary) {
        return system.equals(coding.getSystem()) && vocabulary.contains(coding.getCode())
                ? Optional.of(coding.getCode()) : Optional.empty();
    }
}
