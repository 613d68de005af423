package org.pathway.referral.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * A BaRS message Bundle, checked for the shape every message has (an id, {@code type: message}, a MessageHeader
 * first whose event is a referral request with reason {@code new} or {@code update} and whose focus is a
 * ServiceRequest in the Bundle), with the entry lookups the mapping needs. Each resource is named by its FHIRPath
 * ({@code Bundle.entry[3].resource}) so that every issue can say where it is.
 */
public final class BarsMessage {

    private final Bundle bundle;
    private final MessageHeader header;
    private final ServiceRequest serviceRequest;
    private final int serviceRequestIndex;

    private BarsMessage(Bundle bundle, MessageHeader header, ServiceRequest serviceRequest, int serviceRequestIndex) {
        this.bundle = bundle;
        this.header = header;
        this.serviceRequest = serviceRequest;
        this.serviceRequestIndex = serviceRequestIndex;
    }

    /** The message, or a 400 ({@code SEND_BAD_REQUEST}) listing what breaks the BaRS message shape. */
    public static BarsMessage of(Bundle bundle) {
        List<FhirIssue> issues = new ArrayList<>();
        if (!bundle.hasIdElement() || bundle.getIdElement().getIdPart() == null) {
            issues.add(new FhirIssue("Bundle.id", "is required: the answer names the request by it"));
        }
        if (bundle.getType() != Bundle.BundleType.MESSAGE) {
            issues.add(new FhirIssue("Bundle.type", "must be message"));
        }
        if (bundle.getEntry().isEmpty() || !(bundle.getEntryFirstRep().getResource() instanceof MessageHeader)) {
            issues.add(new FhirIssue("Bundle.entry[0].resource", "must be the MessageHeader"));
            throw FhirFailure.badRequest(issues);
        }
        MessageHeader header = (MessageHeader) bundle.getEntryFirstRep().getResource();
        String at = "Bundle.entry[0].resource";
        if (!BarsCodes.MESSAGE_EVENTS.equals(header.getEventCoding().getSystem())
                || !BarsCodes.SERVICE_REQUEST_REQUEST.equals(header.getEventCoding().getCode())) {
            issues.add(new FhirIssue(at + ".eventCoding", "must be servicerequest-request of "
                    + BarsCodes.MESSAGE_EVENTS));
        }
        if (reasonOf(header).isEmpty()) {
            issues.add(new FhirIssue(at + ".reason", "must be new or update of " + BarsCodes.MESSAGE_REASONS));
        }
        int focus = header.getFocus().size() == 1 ? indexOf(bundle, header.getFocusFirstRep()) : -1;
        if (focus < 0 || !(bundle.getEntry().get(focus).getResource() instanceof ServiceRequest)) {
            issues.add(new FhirIssue(at + ".focus", "must reference the one ServiceRequest in the Bundle"));
        }
        if (!issues.isEmpty()) {
            throw FhirFailure.badRequest(issues);
        }
        return new BarsMessage(bundle, header, (ServiceRequest) bundle.getEntry().get(focus).getResource(), focus);
    }

    public String bundleId() {
        return bundle.getIdElement().getIdPart();
    }

    /** When the sender built the message, if it says. */
    public Optional<java.util.Date> timestamp() {
        return Optional.ofNullable(bundle.getTimestamp());
    }

    public boolean isUpdate() {
        return reasonOf(header).filter(BarsCodes.REASON_UPDATE::equals).isPresent();
    }

    public MessageHeader header() {
        return header;
    }

    public ServiceRequest serviceRequest() {
        return serviceRequest;
    }

    /** How the sender names its referral across messages: the ServiceRequest's full URL (a {@code urn:uuid:}). */
    public String referralReference() {
        return bundle.getEntry().get(serviceRequestIndex).getFullUrl();
    }

    public String serviceRequestPath() {
        return path(serviceRequestIndex);
    }

    /** The entry a reference points to (by full URL, or by {@code Type/id}), if it is in the Bundle. */
    public Optional<Resource> resolve(Reference reference) {
        int index = indexOf(bundle, reference);
        return index < 0 ? Optional.empty() : Optional.of(bundle.getEntry().get(index).getResource());
    }

    /** Every resource of a type, in Bundle order. */
    public <R extends Resource> List<R> all(Class<R> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** The FHIRPath of a resource of the Bundle. */
    public String pathOf(Resource resource) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (bundle.getEntry().get(i).getResource() == resource) {
                return path(i);
            }
        }
        throw new IllegalArgumentException("not a resource of this Bundle");
    }

    /** The full URL of a resource of the Bundle. */
    public String fullUrlOf(Resource resource) {
        return bundle.getEntry().stream().filter(e -> e.getResource() == resource).findFirst()
                .map(Bundle.BundleEntryComponent::getFullUrl).orElse("");
    }

    private static String path(int index) {
        return "Bundle.entry[" + index + "].resource";
    }

    private static Optional<String> reasonOf(MessageHeader header) {
        return header.getReason().getCoding().stream()
                .filter(c -> BarsCodes.MESSAGE_REASONS.equals(c.getSystem()))
                .map(c -> c.getCode())
                .filter(code -> BarsCodes.REASON_NEW.equals(code) || BarsCodes.REASON_UPDATE.equals(code))
                .findFirst();
    }

    private static int indexOf(Bundle bundle, Reference reference) {
        String target = reference.getReference();
        if (target == null || target.isBlank()) {
            return -1;
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            Resource resource = entry.getResource();
            if (target.equals(entry.getFullUrl()) || (resource != null && resource.hasIdElement()
                    && target.equals(resource.fhirType() + "/" + resource.getIdElement().getIdPart()))) {
                return i;
            }
        }
        return -1;
    }
}
