package org.pathway.referral.fhir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.referrer;

@QuarkusTest
class FhirProcessMessageTest {

    @Inject
    FhirSupport fhir;

    @Test
    void nhsEnglandsPublishedReferralIsAcceptedWithAResponseMessageThatHapiValidates() {
        BarsExamples.Case youngPerson = BarsExamples.Case.fresh();
        String request = youngPerson.bundle(BarsExamples.ENGLAND);
        String requestId = UUID.randomUUID().toString();

        Response answer = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), request, requestId);

        answer.then().statusCode(200).contentType("application/fhir+json").header("X-Request-Id", requestId);
        assertThat(answer.header("X-Correlation-Id")).isNotBlank();
        Bundle response = bundle(answer);
        assertThat(fhir.validate(response)).isEmpty();
        MessageHeader header = (MessageHeader) response.getEntryFirstRep().getResource();
        assertThat(header.getEventCoding().getSystem()).isEqualTo(BarsCodes.MESSAGE_EVENTS);
        assertThat(header.getEventCoding().getCode()).isEqualTo("servicerequest-response");
        assertThat(header.getResponse().getIdentifier()).isEqualTo(bundle(request).getIdElement().getIdPart());
        assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
        ServiceRequest decided = serviceRequest(response);
        assertThat(decided.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(decision(decided)).extracting(Coding::getCode).containsExactly("accepted");
        String referralId = referralId(decided);

        as(linkWorker(NORTH_LONDON)).get("/sites/north-london/referrals/" + referralId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                .body("youngPerson.nhsNumber", org.hamcrest.Matchers.equalTo(youngPerson.nhsNumber()))
                .body("youngPerson.givenName", org.hamcrest.Matchers.equalTo("Julie"))
                .body("youngPerson.postcode", org.hamcrest.Matchers.equalTo("LS10 4YU"))
                .body("youngPerson.ethnicCategory", org.hamcrest.Matchers.equalTo("A"))
                .body("referrer.organisationCode", org.hamcrest.Matchers.equalTo("RND"))
                .body("presentingNeeds", org.hamcrest.Matchers.contains("anxiety", "other"))
                .body("severity", org.hamcrest.Matchers.equalTo("moderate"))
                .body("riskLevel", org.hamcrest.Matchers.equalTo("low"));
    }

    @Test
    void nhsWalesPublishedReferralIsAcceptedAndItsPublishedCancellationWithdrawsIt() {
        BarsExamples.Case youngPerson = BarsExamples.Case.fresh();
        Response accepted = BarsExamples.post(CARDIFF_VALE, referrer(CARDIFF_VALE),
                youngPerson.bundle(BarsExamples.WALES));
        accepted.then().statusCode(200);
        String referralId = referralId(serviceRequest(bundle(accepted)));

        Response cancelled = BarsExamples.post(CARDIFF_VALE, referrer(CARDIFF_VALE),
                youngPerson.bundle(BarsExamples.WALES_CANCEL));

        cancelled.then().statusCode(200);
        Bundle response = bundle(cancelled);
        assertThat(fhir.validate(response)).isEmpty();
        ServiceRequest revoked = serviceRequest(response);
        assertThat(referralId(revoked)).isEqualTo(referralId);
        assertThat(revoked.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        as(linkWorker(CARDIFF_VALE)).get("/sites/cardiff-vale/referrals/" + referralId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"))
                .body("withdrawalScope", org.hamcrest.Matchers.equalTo("future"));
    }

    @Test
    void aYoungPersonOutsideTheAgeRangeIsDeclinedWithTheReasonCoded() {
        String request = BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND)
                .replace("\"2005-03-14\"", "\"1990-03-14\"");

        Response answer = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), request);

        answer.then().statusCode(200);
        ServiceRequest declined = serviceRequest(bundle(answer));
        assertThat(declined.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        assertThat(decision(declined)).extracting(Coding::getCode).containsExactly("declined", "AGE_OUT_OF_RANGE");
    }

    @Test
    void theSameRequestIdWithTheSameBundleGetsTheSameAnswerAndWithAnotherBundleAConflict() {
        BarsExamples.Case youngPerson = BarsExamples.Case.fresh();
        String request = youngPerson.bundle(BarsExamples.ENGLAND);
        String requestId = UUID.randomUUID().toString();
        String first = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), request, requestId).then()
                .statusCode(200).extract().asString();

        String again = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), request, requestId).then()
                .statusCode(200).extract().asString();
        Response other = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON),
                BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND), requestId);

        assertThat(again).isEqualTo(first);
        assertOutcome(other, 409, "REC_CONFLICT");
    }

    @Test
    void thePublishedNhsNumberFailsModulus11AndTheOutcomeNamesItsFhirPath() {
        String asPublished = BarsExamples.read(BarsExamples.ENGLAND_AS_PUBLISHED);

        Response answer = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), asPublished);

        OperationOutcome outcome = assertOutcome(answer, 422, "REC_UNPROCESSABLE_ENTITY");
        // The NHS number fails modulus 11; severity and risk are not coded anywhere in the published example.
        assertThat(expressions(outcome)).containsExactlyInAnyOrder("Bundle.entry[5].resource.identifier[0].value",
                "Bundle.entry.resource.ofType(Condition).severity", "Bundle.entry.resource.ofType(Flag).code");
        assertThat(answer.asString()).doesNotContain(BarsExamples.PUBLISHED_NHS_NUMBER, "Julie", "LS10");
    }

    @Test
    void aStructurallyBrokenBundleIsABadRequestNamingTheElement() {
        String broken = BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND)
                .replace("\"2005-03-14\"", "\"canary-14th-of-March\"");

        Response answer = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), broken);

        OperationOutcome outcome = assertOutcome(answer, 400, "SEND_BAD_REQUEST");
        assertThat(expressions(outcome)).anyMatch(e -> e.startsWith("Bundle.entry[5].resource.birthDate"));
        assertThat(answer.asString()).doesNotContain("canary");
    }

    @Test
    void aMessageThatIsNotJsonIsABadRequest() {
        Response answer = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), "{\"resourceType\": \"Bun");

        assertOutcome(answer, 400, "SEND_BAD_REQUEST");
    }

    @Test
    void requestAndCorrelationIdsAreRequiredUuids() {
        Response answer = given().urlEncodingEnabled(false).auth().oauth2(referrer(NORTH_LONDON)).contentType("application/fhir+json")
                .header("X-Request-Id", "not-a-uuid-canary")
                .body(BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND))
                .post("/sites/north-london/fhir/$process-message");

        OperationOutcome outcome = assertOutcome(answer, 400, "SEND_BAD_REQUEST");
        assertThat(expressions(outcome)).containsExactly("http.X-Request-Id", "http.X-Correlation-Id");
        assertThat(answer.asString()).doesNotContain("canary");
        assertThat(answer.header("X-Request-Id")).isNull();
    }

    @Test
    void anNhsdTargetIdentifierIsAcceptedAndAMalformedOneRefused() {
        String target = java.util.Base64.getEncoder().encodeToString(
                "{\"value\": \"north-london\", \"system\": \"https://pathway.example/fhir/Id/site\"}".getBytes());
        given().urlEncodingEnabled(false).auth().oauth2(referrer(NORTH_LONDON)).contentType("application/fhir+json")
                .header("X-Request-Id", UUID.randomUUID().toString())
                .header("X-Correlation-Id", UUID.randomUUID().toString()).header("NHSD-Target-Identifier", target)
                .body(BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND))
                .post("/sites/north-london/fhir/$process-message").then().statusCode(200);

        Response malformed = given().urlEncodingEnabled(false).auth().oauth2(referrer(NORTH_LONDON)).contentType("application/fhir+json")
                .header("X-Request-Id", UUID.randomUUID().toString())
                .header("X-Correlation-Id", UUID.randomUUID().toString()).header("NHSD-Target-Identifier", "%%%")
                .body(BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND))
                .post("/sites/north-london/fhir/$process-message");
        assertThat(expressions(assertOutcome(malformed, 400, "SEND_BAD_REQUEST")))
                .containsExactly("http.NHSD-Target-Identifier");
    }

    @Test
    void everyRefusalOnTheFhirDoorIsAnOperationOutcomeNeverProblemJson() {
        String bundle = BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND);
        assertOutcome(BarsExamples.post(NORTH_LONDON, linkWorker(NORTH_LONDON), bundle), 403, "REC_FORBIDDEN");
        assertOutcome(given().urlEncodingEnabled(false).auth().oauth2(referrer(NORTH_LONDON)).contentType("application/json").body(bundle)
                .post("/sites/north-london/fhir/$process-message"), 415, "SEND_BAD_REQUEST");
        assertOutcome(as(linkWorker(NORTH_LONDON)).get("/sites/north-london/fhir/ServiceRequest/not-a-uuid"),
                400, "SEND_BAD_REQUEST");
    }

    private OperationOutcome assertOutcome(Response answer, int status, String code) {
        answer.then().statusCode(status).contentType("application/fhir+json");
        OperationOutcome outcome = fhir.json().parseResource(OperationOutcome.class, answer.asString());
        assertThat(outcome.getIssue()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(BarsCodes.HTTP_ERROR_CODES);
            assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(code);
        });
        assertThat(fhir.validate(outcome)).isEmpty();
        return outcome;
    }

    private static List<String> expressions(OperationOutcome outcome) {
        return outcome.getIssue().stream().flatMap(i -> i.getExpression().stream()).map(e -> e.getValue()).toList();
    }

    private Bundle bundle(Response answer) {
        return bundle(answer.asString());
    }

    private Bundle bundle(String json) {
        return fhir.json().parseResource(Bundle.class, json);
    }

    static ServiceRequest serviceRequest(Bundle response) {
        return response.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(ServiceRequest.class::isInstance).map(ServiceRequest.class::cast).findFirst().orElseThrow();
    }

    static String referralId(ServiceRequest request) {
        return request.getIdentifier().stream().filter(i -> BarsCodes.REFERRAL_ID.equals(i.getSystem()))
                .findFirst().orElseThrow().getValue();
    }

    static List<Coding> decision(ServiceRequest request) {
        return ((CodeableConcept) request.getExtensionByUrl(BarsCodes.DECISION_EXTENSION).getValue()).getCoding();
    }
}
