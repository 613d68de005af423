package org.pathway.referral.referrer;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change as a BaRS message Bundle: valid R4 as HAPI's validator sees it, and carrying its facts. */
class BarsMessageBackTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final BarsMessageBack.Envelope ENVELOPE = new BarsMessageBack.Envelope(UUID.randomUUID(), UUID.randomUUID(),
            "P-0123456789ABCDEF", "RWX", "https://trust.example.nhs.uk/$process-message",
            "https://pathway.example.nhs.uk/referral", Instant.parse("2026-11-21T10:15:00Z"));
    private static final Instant AT = Instant.parse("2026-11-21T10:15:00Z");

    private static FhirValidator validator;

    @BeforeAll
    static void validator() {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static Stream<Arguments> changes() {
        MessageFacts.Scores baseline = new MessageFacts.Scores("baseline", LocalDate.parse("2026-09-01"),
                Map.of("rawTotal", 21.0, "metricScore", 19.98));
        MessageFacts.Scores later = new MessageFacts.Scores("3m", LocalDate.parse("2026-12-01"),
                Map.of("rawTotal", 25.0, "metricScore", 22.35));
        return Stream.of(
                Arguments.of(new MessageFacts(ReferralChange.ACCEPTED, AT, "ACCEPTED", null,
                        MessageFacts.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING, null, null, null, null), 3),
                Arguments.of(new MessageFacts(ReferralChange.DECLINED, AT, "DECLINED", "YOUNG_PERSON_DECLINED",
                        MessageFacts.SNOMED_SOCIAL_PRESCRIBING_DECLINED, null, null, null, null), 3),
                Arguments.of(new MessageFacts(ReferralChange.DECLINED, AT, "DECLINED", "HIGH_RISK", null, null, null,
                        null, null), 3),
                Arguments.of(new MessageFacts(ReferralChange.CONTACTED, AT, "CONTACTED", null, null, "phone", null,
                        null, null), 3),
                Arguments.of(new MessageFacts(ReferralChange.PLACED, AT, "CONTACTED", null, null, null, "nature", null,
                        null), 3),
                Arguments.of(MessageFacts.of(ReferralChange.DISENGAGED, AT, "CONTACTED"), 3),
                Arguments.of(new MessageFacts(ReferralChange.CLOSED, AT, "CLOSED", "completed", null, null, null, 6,
                        List.of(new MessageFacts.OutcomeScores("SWEMWBS", baseline, later))), 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void everyChangeIsAMessageBundleThatHapiValidates(MessageFacts facts, int entries) {
        String json = BarsMessageBack.json(ENVELOPE, facts);

        ValidationResult result = validator.validateWithResult(json);
        List<String> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString).toList();
        assertThat(errors).isEmpty();
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        assertThat(bundle.getEntry()).hasSize(entries);
        MessageHeader header = (MessageHeader) bundle.getEntryFirstRep().getResource();
        assertThat(header.getEventCoding().getSystem()).isEqualTo(BarsMessageBack.MESSAGE_EVENTS);
        assertThat(header.getEventCoding().getCode()).isEqualTo("servicerequest-response");
        assertThat(header.getFocusFirstRep().getReference()).isEqualTo("urn:uuid:" + ENVELOPE.referralId());
        Task task = resource(bundle, Task.class);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo(facts.change().wire());
    }

    @Test
    void theValidatorRefusesABundleThatBreaksR4() {
        Bundle bundle = BarsMessageBack.bundle(ENVELOPE, MessageFacts.of(ReferralChange.DISENGAGED, AT, "CONTACTED"));
        ((MessageHeader) bundle.getEntryFirstRep().getResource()).getSource().setEndpoint(null);
        resource(bundle, ServiceRequest.class).setSubject(null);

        assertThat(validator.validateWithResult(bundle).getMessages())
                .filteredOn(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .extracting(SingleValidationMessage::getLocationString)
                .anyMatch(location -> location.contains("source"))
                .anyMatch(location -> location.contains("ServiceRequest"));
    }

    @Test
    void theServiceRequestCarriesOurReferralIdAndAStatusThatFollowsThePathway() {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, BarsMessageBack.json(ENVELOPE,
                new MessageFacts(ReferralChange.CLOSED, AT, "CLOSED", "moved-away", null, null, null, 0, List.of())));

        ServiceRequest request = resource(bundle, ServiceRequest.class);
        assertThat(request.getIdentifierFirstRep().getSystem()).isEqualTo(BarsMessageBack.REFERRAL_ID);
        assertThat(request.getIdentifierFirstRep().getValue()).isEqualTo(ENVELOPE.referralId().toString());
        assertThat(request.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(request.getCode().getCodingFirstRep().getCode()).isEqualTo("871731000000106");
        assertThat(resource(bundle, Task.class).getStatusReason().getCodingFirstRep().getCode()).isEqualTo("moved-away");
    }

    @Test
    void aYoungPersonsDeclineIsCodedInSnomedCt() {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, BarsMessageBack.json(ENVELOPE,
                new MessageFacts(ReferralChange.DECLINED, AT, "DECLINED", "YOUNG_PERSON_DECLINED",
                        MessageFacts.SNOMED_SOCIAL_PRESCRIBING_DECLINED, null, null, null, null)));

        assertThat(resource(bundle, ServiceRequest.class).getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        assertThat(resource(bundle, Task.class).getStatusReason().getCoding())
                .anyMatch(c -> c.getSystem().equals(BarsMessageBack.SNOMED) && c.getCode().equals("871711000000103"));
    }

    @Test
    void theClosingMessageHasAnObservationPerTimepointWithTheScores() {
        MessageFacts.Scores baseline = new MessageFacts.Scores("baseline", LocalDate.parse("2026-09-01"),
                Map.of("anxiety", 12.0));
        MessageFacts.Scores latest = new MessageFacts.Scores("6m", LocalDate.parse("2027-03-01"), Map.of("anxiety", 7.0));
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, BarsMessageBack.json(ENVELOPE,
                new MessageFacts(ReferralChange.CLOSED, AT, "CLOSED", "completed", null, null, null, 4,
                        List.of(new MessageFacts.OutcomeScores("RCADS25", baseline, latest)))));

        List<Observation> observations = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertThat(observations).hasSize(2);
        assertThat(observations).extracting(o -> o.getComponentFirstRep().getValueQuantity().getValue().doubleValue())
                .containsExactly(12.0, 7.0);
    }

    @Test
    void theSameMessageIsTheSameBundleOnEveryAttempt() {
        MessageFacts facts = MessageFacts.of(ReferralChange.DISENGAGED, AT, "CONTACTED");

        assertThat(BarsMessageBack.json(ENVELOPE, facts)).isEqualTo(BarsMessageBack.json(ENVELOPE, facts));
    }

    private static <T> T resource(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }
}
