package org.pathway.referral.fhir;

import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.pathway.referral.api.dto.ReferralRequest;

/**
 * Consent from the Consent resources about the Patient: an active Consent that permits (no provision, or a
 * provision of type permit) is the young person's, or the guardian's when a performer is a RelatedPerson; one
 * whose scope is {@code research} is consent to research. Gillick competence has no FHIR element here and stays
 * unstated. No Consent at all is a referral without a consent object (422, as on the JSON door).
 */
final class ConsentMapper {

    private ConsentMapper() {
    }

    static ReferralRequest.Consent consent(BarsMessage message, Patient patient, FieldPaths paths) {
        boolean any = false;
        boolean youngPerson = false;
        boolean guardian = false;
        Boolean research = null;
        paths.put("consent", "Bundle.entry.resource.ofType(Consent)");
        for (Consent consent : message.all(Consent.class)) {
            if (message.resolve(consent.getPatient()).orElse(null) != patient) {
                continue;
            }
            any = true;
            paths.put("consent", message.pathOf(consent));
            boolean permits = consent.getStatus() == Consent.ConsentState.ACTIVE
                    && (!consent.hasProvision() || consent.getProvision().getType() != Consent.ConsentProvisionType.DENY);
            if (consent.getScope().getCoding().stream().anyMatch(c -> BarsCodes.CONSENT_SCOPE.equals(c.getSystem())
                    && "research".equals(c.getCode()))) {
                research = permits;
            } else if (byGuardian(message, consent)) {
                guardian |= permits;
            } else {
                youngPerson |= permits;
            }
        }
        return any ? new ReferralRequest.Consent(youngPerson, guardian, null, research) : null;
    }

    private static boolean byGuardian(BarsMessage message, Consent consent) {
        for (Reference performer : consent.getPerformer()) {
            if (message.resolve(performer).filter(RelatedPerson.class::isInstance).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
