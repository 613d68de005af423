package org.pathway.referral.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The synchronous answer to a referral request: a {@code servicerequest-response} message Bundle whose
 * MessageHeader answers the request Bundle ({@code response.identifier} = its id, {@code response.code = ok}) and
 * focuses on the ServiceRequest carrying our referral id and decision. Built only from what is stored and the
 * request's ids, so a repeated request gets the very same answer.
 */
public final class ResponseMessages {

    private ResponseMessages() {
    }

    public static Bundle answer(String requestBundleId, String requestId, ServiceRequest request, Instant at,
                                String ourEndpoint) {
        String requestUrl = "urn:uuid:" + request.getIdElement().getIdPart();
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(BarsCodes.MESSAGE_EVENTS, BarsCodes.SERVICE_REQUEST_RESPONSE, null));
        header.setSource(new MessageHeader.MessageSourceComponent().setName("Pathway referral-service")
                .setEndpoint(ourEndpoint));
        header.setResponse(new MessageHeader.MessageHeaderResponseComponent()
                .setIdentifier(requestBundleId).setCode(MessageHeader.ResponseType.OK));
        header.addFocus(new Reference(requestUrl));

        Bundle bundle = new Bundle();
        bundle.setId(stable(requestId, "bundle").toString());
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setTimestamp(Date.from(at));
        bundle.addEntry().setFullUrl("urn:uuid:" + stable(requestId, "header")).setResource(header);
        bundle.addEntry().setFullUrl(requestUrl).setResource(request);
        return bundle;
    }

    /** A UUID that is the same for the same request id, so a replay gets identical ids. */
    static UUID stable(String requestId, String what) {
        return UUID.nameUUIDFromBytes((what + ":" + requestId).getBytes(StandardCharsets.UTF_8));
    }
}
