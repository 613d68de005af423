package org.pathway.referral.referrer;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.pathway.referral.fhir.BarsCodes;

/**
 * A change as a BaRS {@code servicerequest-response} message Bundle: the MessageHeader (first), the
 * ServiceRequest it is about (our referral id as identifier, the subject by pseudonym only, status following the
 * pathway), a Task whose business status is the change (with its reason, contact method, activity category,
 * sessions attended) and, on closure, an Observation per instrument and timepoint with the scores. Ids and the
 * timestamp come from the stored message, so every retry sends the same Bundle.
 */
public final class BarsMessageBack {

    public static final String MESSAGE_EVENTS = BarsCodes.MESSAGE_EVENTS;
    public static final String MESSAGE_REASONS = BarsCodes.MESSAGE_REASONS;
    public static final String ODS = BarsCodes.ODS_CODE;
    public static final String SNOMED = BarsCodes.SNOMED;
    /** Our own identifier and code systems: the FHIR door's, so a referrer reads one set of names. */
    public static final String REFERRAL_ID = BarsCodes.REFERRAL_ID;
    public static final String PARTICIPANT_ID = BarsCodes.PARTICIPANT_ID;
    public static final String CODES = BarsCodes.PATHWAY + "/CodeSystem/";

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private BarsMessageBack() {
    }

    /** Builds the parser once (about a second cold), so the first message is not late. */
    static void warmUp() {
        FHIR.newJsonParser().encodeResourceToString(new Bundle());
    }

    public static String json(Envelope envelope, MessageFacts facts) {
        return FHIR.newJsonParser().encodeResourceToString(bundle(envelope, facts));
    }

    /** Who the message is about and to, as stored with it. */
    public record Envelope(UUID requestId, UUID referralId, String participantId, String odsCode, String endpoint,
                           String sourceEndpoint, java.time.Instant createdAt) {
    }

    static Bundle bundle(Envelope envelope, MessageFacts facts) {
        Bundle bundle = new Bundle();
        bundle.setId(envelope.requestId().toString());
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setTimestamp(Date.from(envelope.createdAt()));

        ServiceRequest request = serviceRequest(envelope, facts);
        Task task = task(envelope, facts, request);
        MessageHeader header = header(envelope, request);
        add(bundle, header);
        add(bundle, request);
        add(bundle, task);
        if (facts.outcomes() != null) {
            for (MessageFacts.OutcomeScores outcome : facts.outcomes()) {
                observation(envelope, outcome.instrument(), outcome.baseline(), request).ifPresent(o -> add(bundle, o));
                if (outcome.latest() != null && !outcome.latest().equals(outcome.baseline())) {
                    observation(envelope, outcome.instrument(), outcome.latest(), request).ifPresent(o -> add(bundle, o));
                }
            }
        }
        return bundle;
    }

    private static MessageHeader header(Envelope envelope, ServiceRequest request) {
        MessageHeader header = new MessageHeader();
        header.setId(nameUuid(envelope, "MessageHeader"));
        header.setEvent(new Coding(MESSAGE_EVENTS, "servicerequest-response", "Service Request Response"));
        header.setReason(new CodeableConcept(new Coding(MESSAGE_REASONS, "update", "Update")));
        header.addDestination().setEndpoint(envelope.endpoint())
                .setReceiver(new Reference().setIdentifier(new Identifier().setSystem(ODS).setValue(envelope.odsCode())));
        header.getSource().setName("Pathway referral-service").setEndpoint(envelope.sourceEndpoint());
        header.addFocus(new Reference(fullUrl(request)));
        return header;
    }

    private static ServiceRequest serviceRequest(Envelope envelope, MessageFacts facts) {
        ServiceRequest request = new ServiceRequest();
        request.setId(envelope.referralId().toString());
        request.addIdentifier().setSystem(REFERRAL_ID).setValue(envelope.referralId().toString());
        request.setStatus(status(facts.status()));
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setCode(new CodeableConcept(new Coding(SNOMED, MessageFacts.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
                "Referral to social prescribing service")));
        request.setSubject(new Reference().setIdentifier(
                new Identifier().setSystem(PARTICIPANT_ID).setValue(envelope.participantId())));
        return request;
    }

    /** ACCEPTED and CONTACTED are active; DECLINED and WITHDRAWN revoked; CLOSED completed. */
    static ServiceRequest.ServiceRequestStatus status(String referralStatus) {
        return switch (referralStatus) {
            case "DECLINED", "WITHDRAWN" -> ServiceRequest.ServiceRequestStatus.REVOKED;
            case "CLOSED" -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        };
    }

    private static Task task(Envelope envelope, MessageFacts facts, ServiceRequest request) {
        Task task = new Task();
        task.setId(nameUuid(envelope, "Task"));
        task.setStatus(Task.TaskStatus.COMPLETED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setFocus(new Reference(fullUrl(request)));
        task.setFor(request.getSubject());
        task.setBusinessStatus(code("referral-change", facts.change().wire()));
        task.setLastModifiedElement(new DateTimeType(Date.from(facts.occurredAt())));
        if (facts.reason() != null) {
            CodeableConcept reason = code(facts.change() == ReferralChange.CLOSED ? "close-reason" : "decline-reason",
                    facts.reason());
            if (facts.snomedCode() != null && facts.change() == ReferralChange.DECLINED) {
                reason.addCoding(new Coding(SNOMED, facts.snomedCode(), "Social prescribing declined"));
            }
            task.setStatusReason(reason);
        }
        if (facts.contactMethod() != null) {
            task.addOutput().setType(code("output", "contact-method")).setValue(code("contact-method", facts.contactMethod()));
        }
        if (facts.activityCategory() != null) {
            task.addOutput().setType(code("output", "activity-category"))
                    .setValue(code("activity-category", facts.activityCategory()));
        }
        if (facts.sessionsAttended() != null) {
            task.addOutput().setType(code("output", "sessions-attended")).setValue(new IntegerType(facts.sessionsAttended()));
        }
        return task;
    }

    private static java.util.Optional<Observation> observation(Envelope envelope, String instrument,
                                                               MessageFacts.Scores scores, ServiceRequest request) {
        if (scores == null) {
            return java.util.Optional.empty();
        }
        Observation observation = new Observation();
        observation.setId(nameUuid(envelope, "Observation/" + instrument + "/" + scores.timepoint()));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(code("outcome-instrument", instrument));
        observation.setSubject(request.getSubject());
        observation.addBasedOn(new Reference(fullUrl(request)));
        observation.setEffective(new DateTimeType(scores.completedAt().toString()));
        observation.addNote().setText("timepoint " + scores.timepoint());
        scores.scores().forEach((name, value) -> observation.addComponent()
                .setCode(code("outcome-score", name)).setValue(new Quantity().setValue(value)));
        return java.util.Optional.of(observation);
    }

    private static CodeableConcept code(String codeSystem, String code) {
        return new CodeableConcept(new Coding(CODES + codeSystem, code, null));
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl(resource)).setResource(resource);
    }

    private static String fullUrl(Resource resource) {
        return "urn:uuid:" + resource.getIdElement().getIdPart();
    }

    private static String nameUuid(Envelope envelope, String part) {
        return UUID.nameUUIDFromBytes((envelope.requestId() + "/" + part).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
