package org.pathway.referral.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.referral.domain.IntakeResult;
import org.pathway.referral.domain.NewReferral;
import org.pathway.referral.domain.Referral;
import org.pathway.referral.domain.ReferralIntake;
import org.pathway.referral.domain.RequestFingerprint;

/**
 * The FHIR door to the one intake: structure (HAPI, base R4), the BaRS message shape, our rules (the JSON door's),
 * then {@link ReferralIntake} itself with the request id as idempotency key, so eligibility, pseudonyms, events
 * and audit are the JSON door's. The request's fingerprint is its canonical JSON, as on the JSON door.
 */
@ApplicationScoped
public class BarsIntake {

    /** Request ids share the idempotency table with Idempotency-Keys; the prefix keeps the two apart. */
    static final String KEY_PREFIX = "bars:";

    private final FhirSupport fhir;
    private final BarsRules rules;
    private final ReferralIntake intake;
    private final BarsCancellation cancellation;
    private final ObjectMapper mapper;
    private final PathwayClock clock;

    public BarsIntake(FhirSupport fhir, BarsRules rules, ReferralIntake intake, BarsCancellation cancellation,
                      ObjectMapper mapper, PathwayClock clock) {
        this.fhir = fhir;
        this.rules = rules;
        this.intake = intake;
        this.cancellation = cancellation;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The response message Bundle for a request message, or a {@link FhirFailure}. */
    public Bundle process(BarsHeaders headers, String body, String ourEndpoint) {
        List<FhirIssue> structure = fhir.validate(body);
        if (!structure.isEmpty()) {
            throw FhirFailure.badRequest(structure);
        }
        BarsMessage message = BarsMessage.of(parse(body));
        String key = KEY_PREFIX + headers.requestId();
        String fingerprint = fingerprint(body);
        if (message.isUpdate()) {
            Referral withdrawn = cancellation.cancel(message, key, fingerprint);
            Instant at = withdrawn.withdrawnAt == null ? clock.now() : withdrawn.withdrawnAt;
            return ResponseMessages.answer(message.bundleId(), headers.requestId(), ServiceRequestView.of(withdrawn),
                    at, ourEndpoint);
        }
        NewReferral referral = rules.check(BarsReferralMapper.map(message, clock.zone()));
        IntakeResult result = intake.receive(referral, fingerprint, Optional.of(key));
        ServiceRequest decided = ServiceRequestView.of(result.referral());
        decided.setStatus(ServiceRequestView.status(result.referral().intakeStatus));
        return ResponseMessages.answer(message.bundleId(), headers.requestId(), decided,
                result.referral().receivedAt, ourEndpoint);
    }

    private Bundle parse(String body) {
        try {
            return fhir.json().parseResource(Bundle.class, body);
        } catch (DataFormatException | ClassCastException notABundle) {
            throw FhirFailure.badRequest(List.of(new FhirIssue("Bundle", "is not a FHIR R4 Bundle")));
        }
    }

    private String fingerprint(String body) {
        try {
            return RequestFingerprint.ofJson(mapper, mapper.readTree(body));
        } catch (JsonProcessingException e) {
            throw FhirFailure.badRequest(List.of(new FhirIssue("Bundle", "is not well-formed JSON")));
        }
    }
}
