package org.pathway.referral.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.pathway.referral.domain.Vocabulary;

/**
 * Needs, severity and risk from what a BaRS referral carries: coded Conditions and Observations (needs),
 * Condition.severity (severity), Flags and Observation values (risk), or a QuestionnaireResponse with the
 * items {@code presenting-need}, {@code severity} and {@code risk-level}. Where several say different things,
 * the graver severity and the higher risk count.
 */
record ClinicalFindings(List<String> needs, String severity, String riskLevel) {

    static final String NEED_ITEM = "presenting-need";
    static final String SEVERITY_ITEM = "severity";
    static final String RISK_ITEM = "risk-level";

    static ClinicalFindings of(BarsMessage message, FieldPaths paths) {
        Set<String> needs = new LinkedHashSet<>();
        String severity = null;
        String risk = null;
        paths.put("presentingNeeds", "Bundle.entry.resource.ofType(Condition).code")
                .put("severity", "Bundle.entry.resource.ofType(Condition).severity")
                .put("riskLevel", "Bundle.entry.resource.ofType(Flag).code");
        for (Condition condition : message.all(Condition.class)) {
            if (!current(condition)) {
                continue;
            }
            Optional<String> need = first(condition.getCode(), ClinicalCodes::need);
            if (need.isPresent()) {
                needs.add(need.get());
                paths.put("presentingNeeds", message.pathOf(condition) + ".code");
                String graded = first(condition.getSeverity(), ClinicalCodes::severity).orElse(null);
                severity = ClinicalCodes.graver(Vocabulary.SEVERITIES, severity, graded);
                paths.put("severity", message.pathOf(condition) + ".severity");
            }
        }
        for (Observation observation : message.all(Observation.class)) {
            if (observation.getStatus() == Observation.ObservationStatus.ENTEREDINERROR) {
                continue;
            }
            Optional<String> level = first(observation.getCode(), ClinicalCodes::risk)
                    .or(() -> observation.getValue() instanceof CodeableConcept value
                            ? first(value, ClinicalCodes::risk) : Optional.empty());
            if (level.isPresent()) {
                risk = ClinicalCodes.graver(Vocabulary.RISK_LEVELS, risk, level.get());
                paths.put("riskLevel", message.pathOf(observation) + ".value");
            } else {
                first(observation.getCode(), ClinicalCodes::need).ifPresent(needs::add);
            }
        }
        for (Flag flag : message.all(Flag.class)) {
            if (flag.getStatus() != Flag.FlagStatus.ACTIVE) {
                continue;
            }
            Optional<String> level = first(flag.getCode(), ClinicalCodes::risk);
            if (level.isPresent()) {
                risk = ClinicalCodes.graver(Vocabulary.RISK_LEVELS, risk, level.get());
                paths.put("riskLevel", message.pathOf(flag) + ".code");
            }
        }
        for (QuestionnaireResponse response : message.all(QuestionnaireResponse.class)) {
            for (int i = 0; i < response.getItem().size(); i++) {
                QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.getItem().get(i);
                String at = message.pathOf(response) + ".item[" + i + "].answer";
                for (QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
                    if (!(answer.getValue() instanceof Coding coding)) {
                        continue;
                    }
                    switch (item.getLinkId()) {
                        case NEED_ITEM -> ClinicalCodes.need(coding).ifPresent(need -> {
                            needs.add(need);
                            paths.put("presentingNeeds", at);
                        });
                        case SEVERITY_ITEM -> {
                            severity = ClinicalCodes.graver(Vocabulary.SEVERITIES, severity,
                                    ClinicalCodes.severity(coding).orElse(null));
                            paths.put("severity", at);
                        }
                        case RISK_ITEM -> {
                            risk = ClinicalCodes.graver(Vocabulary.RISK_LEVELS, risk,
                                    ClinicalCodes.risk(coding).orElse(null));
                            paths.put("riskLevel", at);
                        }
                        default -> {
                            // Other questions are the sender's own; the referral does not carry them.
                        }
                    }
                }
            }
        }
        return new ClinicalFindings(new ArrayList<>(needs), severity, risk);
    }

    /** Active (or unstated) and not refuted or entered in error. */
    private static boolean current(Condition condition) {
        boolean inactive = condition.getClinicalStatus().getCoding().stream()
                .anyMatch(c -> Set.of("inactive", "resolved", "remission").contains(c.getCode()));
        boolean voided = condition.getVerificationStatus().getCoding().stream()
                .anyMatch(c -> Set.of("refuted", "entered-in-error").contains(c.getCode()));
        return !inactive && !voided;
    }

    private static Optional<String> first(CodeableConcept concept, Function<Coding, Optional<String>> meaning) {
        return concept.getCoding().stream().map(meaning).flatMap(Optional::stream).findFirst();
    }
}
