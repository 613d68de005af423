package org.pathway.referral.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.pathway.referral.domain.DeclineReason;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.ReferralStatus;

/**
 * A referral as a FHIR ServiceRequest: our referral id and the sender's reference as identifiers, the status
 * following the pathway (active while accepted or contacted, completed once closed, revoked when declined or
 * withdrawn), the decision as a coded extension, and the participant's pseudonym as subject: no identifier of the
 * young person leaves this way.
 */
public final class ServiceRequestView {

    /** The sender's reference is the ServiceRequest's full URL, a URI. */
    static final String URI_SYSTEM = "urn:ietf:rfc:3986";

    private ServiceRequestView() {
    }

    public static ServiceRequest of(Referral referral) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id.toString());
        request.addIdentifier(new Identifier().setSystem(BarsCodes.REFERRAL_ID).setValue(referral.id.toString()));
        if (referral.externalReference != null) {
            request.addIdentifier(new Identifier().setSystem(URI_SYSTEM).setValue(referral.externalReference));
        }
        request.setStatus(status(referral.status));
        request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        request.setCode(new CodeableConcept(new Coding(BarsCodes.SNOMED, BarsCodes.SOCIAL_PRESCRIBING_REFERRAL,
                "Referral to social prescribing service")));
        request.setSubject(new Reference().setIdentifier(
                new Identifier().setSystem(BarsCodes.PARTICIPANT_ID).setValue(referral.participantId)));
        request.setAuthoredOn(Date.from(referral.receivedAt));
        request.addExtension(BarsCodes.DECISION_EXTENSION, decision(referral));
        return request;
    }

    public static ServiceRequest.ServiceRequestStatus status(ReferralStatus status) {
        return switch (status) {
            case ACCEPTED, CONTACTED -> ServiceRequest.ServiceRequestStatus.ACTIVE;
            case CLOSED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case DECLINED, WITHDRAWN -> ServiceRequest.ServiceRequestStatus.REVOKED;
        };
    }

    /** accepted, or declined with its reason (and SNOMED CT's "social prescribing declined" when the young person declined). */
    static CodeableConcept decision(Referral referral) {
        DeclineReason reason = referral.declineReason != null ? referral.declineReason : referral.intakeDeclineReason;
        boolean declined = referral.status == ReferralStatus.DECLINED || referral.intakeStatus == ReferralStatus.DECLINED;
        CodeableConcept decision = new CodeableConcept(new Coding(BarsCodes.DECISION,
                declined ? "declined" : "accepted", declined ? "Declined" : "Accepted"));
        if (declined && reason != null) {
            decision.addCoding(new Coding(BarsCodes.DECLINE_REASON, reason.name(), null));
            if (reason == DeclineReason.YOUNG_PERSON_DECLINED) {
                decision.addCoding(new Coding(BarsCodes.SNOMED, "871711000000103", "Social prescribing declined"));
            }
        }
        return decision;
    }
}
