package org.pathway.referral.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.Enumerations;

/** What the FHIR door supports: BaRS $process-message for referral requests, and reading ServiceRequests. */
final class Capabilities {

    private Capabilities() {
    }

    static CapabilityStatement statement() {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date(0));
        statement.setPublisher("Pathway");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.getSoftware().setName("Pathway referral-service");
        statement.getImplementation().setDescription("Pathway referral-service: the BaRS door of a site");
        CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("Bearer token of the site's OpenID Connect issuer; role referrer to send, "
                + "link-worker, site-admin or the referrer of the same organisation to read");
        rest.addOperation().setName("process-message")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message");
        CapabilityStatement.CapabilityStatementRestResourceComponent serviceRequest = rest.addResource()
                .setType("ServiceRequest");
        serviceRequest.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        serviceRequest.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        serviceRequest.addSearchParam().setName("identifier").setType(Enumerations.SearchParamType.TOKEN);
        statement.addMessaging().addSupportedMessage()
                .setMode(CapabilityStatement.EventCapabilityMode.RECEIVER)
                .setDefinition("https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral");
        return statement;
    }
}
