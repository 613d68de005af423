package org.pathway.referral.fhir;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.pathway.referral.api.dto.ReferralRequest;

/**
 * A BaRS referral request as the JSON referral of API.md, with where each field came from, so that the FHIR door
 * runs exactly the JSON door's rules and intake. The mapping table is in the README ("FHIR door").
 */
public final class BarsReferralMapper {

    private BarsReferralMapper() {
    }

    /** The JSON referral and the FHIRPath of each field. */
    public record Mapped(ReferralRequest request, FieldPaths paths) {
    }

    public static Mapped map(BarsMessage message, ZoneId zone) {
        FieldPaths paths = new FieldPaths();
        ServiceRequest request = message.serviceRequest();
        String at = message.serviceRequestPath();
        Patient patient = message.resolve(request.getSubject()).filter(Patient.class::isInstance)
                .map(Patient.class::cast).orElseThrow(() -> FhirFailure.badRequest(List.of(
                        new FhirIssue(at + ".subject", "must reference the Patient in the Bundle"))));
        paths.put("externalReference", "Bundle.entry.where(resource = %focus).fullUrl")
                .put("referredAt", at + ".authoredOn").put("notes", at + ".note")
                .put("referrer", "Bundle.entry[0].resource.sender")
                .put("referrer.name", at + ".requester").put("referrer.email", at + ".requester");
        if (!request.hasAuthoredOn() && message.timestamp().isPresent()) {
            paths.put("referredAt", "Bundle.timestamp");
        }
        ClinicalFindings findings = ClinicalFindings.of(message, paths);
        ReferralRequest referral = new ReferralRequest(message.referralReference(), referredAt(message, zone), null,
                referrer(message), PatientMapper.youngPerson(message, patient, paths, zone), findings.needs(),
                findings.severity(), findings.riskLevel(), ConsentMapper.consent(message, patient, paths), List.of(),
                List.of(), notes(request));
        return new Mapped(referral, paths);
    }

    /** ServiceRequest.authoredOn, else the Bundle's timestamp, as a date where the service is. */
    private static LocalDate referredAt(BarsMessage message, ZoneId zone) {
        ServiceRequest request = message.serviceRequest();
        if (request.hasAuthoredOn()) {
            return request.getAuthoredOn().toInstant().atZone(zone).toLocalDate();
        }
        return message.timestamp().map(at -> at.toInstant().atZone(zone).toLocalDate()).orElse(null);
    }

    static ReferralRequest.Referrer referrer(BarsMessage message) {
        Optional<Resource> sender = message.resolve(message.header().getSender());
        Optional<Organization> organisation = sender.filter(Organization.class::isInstance).map(Organization.class::cast)
                .or(() -> sender.filter(PractitionerRole.class::isInstance).map(PractitionerRole.class::cast)
                        .flatMap(role -> message.resolve(role.getOrganization()))
                        .filter(Organization.class::isInstance).map(Organization.class::cast));
        String code = organisation.flatMap(BarsReferralMapper::odsCode).orElse(null);
        Optional<Resource> requester = message.resolve(message.serviceRequest().getRequester());
        Optional<Practitioner> practitioner = requester.filter(Practitioner.class::isInstance)
                .map(Practitioner.class::cast)
                .or(() -> requester.filter(PractitionerRole.class::isInstance).map(PractitionerRole.class::cast)
                        .flatMap(role -> message.resolve(role.getPractitioner()))
                        .filter(Practitioner.class::isInstance).map(Practitioner.class::cast));
        String name = practitioner.map(p -> p.getNameFirstRep()).filter(HumanName::hasFamily)
                .map(n -> n.hasText() ? n.getText() : n.getNameAsSingleString()).orElse(null);
        String email = practitioner.flatMap(p -> p.getTelecom().stream()
                .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.EMAIL && t.hasValue())
                .map(ContactPoint::getValue).findFirst()).orElse(null);
        return new ReferralRequest.Referrer(code, name, email);
    }

    /** The ODS code: an identifier of the ODS system, else the organisation's first identifier (NHS Wales' own). */
    private static Optional<String> odsCode(Organization organisation) {
        return organisation.getIdentifier().stream().filter(i -> BarsCodes.ODS_CODE.equalsIgnoreCase(i.getSystem()))
                .map(Identifier::getValue).findFirst()
                .or(() -> organisation.getIdentifier().stream().map(Identifier::getValue).findFirst());
    }

    private static String notes(ServiceRequest request) {
        String notes = request.getNote().stream().filter(n -> n.hasText()).map(n -> n.getText())
                .collect(Collectors.joining("\n"));
        return notes.isEmpty() ? null : notes;
    }
}
