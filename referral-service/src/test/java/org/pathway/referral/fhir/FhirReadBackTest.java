package org.pathway.referral.fhir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;
import org.pathway.referral.it.OrganisationTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.referrer;
import static org.pathway.referral.Referrals.siteAdmin;

@QuarkusTest
class FhirReadBackTest {

    private static final String FHIR = "/sites/north-london/fhir";

    @Inject
    FhirSupport fhir;

    @Test
    void theReferrerOfTheSameOrganisationReadsItsReferralBackByIdAndByItsOwnReferenceAndItIsAudited() {
        BarsExamples.Case youngPerson = BarsExamples.Case.fresh();
        Response sent = BarsExamples.post(NORTH_LONDON, referrer(NORTH_LONDON), youngPerson.bundle(BarsExamples.ENGLAND));
        String id = FhirProcessMessageTest.referralId(FhirProcessMessageTest.serviceRequest(
                fhir.json().parseResource(Bundle.class, sent.then().statusCode(200).extract().asString())));
        String sameOrganisation = OrganisationTokens.referrer(NORTH_LONDON, "RND");

        ServiceRequest read = serviceRequest(as(sameOrganisation).get(FHIR + "/ServiceRequest/" + id));
        Bundle found = bundle(as(sameOrganisation).queryParam("identifier",
                "urn:ietf:rfc:3986|urn:uuid:" + youngPerson.serviceRequest()).get(FHIR + "/ServiceRequest"));
        Bundle byOurId = bundle(as(linkWorker(NORTH_LONDON)).queryParam("identifier",
                BarsCodes.REFERRAL_ID + "|" + id).get(FHIR + "/ServiceRequest"));

        assertThat(read.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(FhirProcessMessageTest.referralId(read)).isEqualTo(id);
        assertThat(fhir.validate(read)).isEmpty();
        assertThat(found.getTotal()).isEqualTo(1);
        assertThat(byOurId.getTotal()).isEqualTo(1);
        assertThat(fhir.json().encodeResourceToString(read)).doesNotContain(youngPerson.nhsNumber(), "Julie");
        Referrals.as(siteAdmin(NORTH_LONDON)).queryParam("subject", id).get("/sites/north-london/audit").then()
                .statusCode(200).body("items.action", hasItem("READ"));
    }

    @Test
    void theStatusFollowsThePathwayFromActiveToCompletedOrRevoked() {
        String closed = Referrals.accepted(NORTH_LONDON);
        Referrals.action(NORTH_LONDON, linkWorker(NORTH_LONDON), closed, "close", "{\"reason\": \"completed\"}")
                .then().statusCode(200);
        String withdrawn = Referrals.accepted(NORTH_LONDON);
        Referrals.action(NORTH_LONDON, linkWorker(NORTH_LONDON), withdrawn, "withdraw", "{\"scope\": \"future\"}")
                .then().statusCode(200);

        assertThat(serviceRequest(as(linkWorker(NORTH_LONDON)).get(FHIR + "/ServiceRequest/" + closed)).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(serviceRequest(as(siteAdmin(NORTH_LONDON)).get(FHIR + "/ServiceRequest/" + withdrawn)).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    }

    @Test
    void anotherOrganisationOrSiteOrAnUnknownIdGetsAnOperationOutcome() {
        String id = Referrals.accepted(NORTH_LONDON);

        outcome(as(OrganisationTokens.referrer(NORTH_LONDON, "RZZ")).get(FHIR + "/ServiceRequest/" + id), 403);
        outcome(as(referrer(NORTH_LONDON)).get(FHIR + "/ServiceRequest/" + id), 403);
        outcome(as(linkWorker(CARDIFF_VALE)).get(FHIR + "/ServiceRequest/" + id), 403);
        outcome(as(linkWorker(CARDIFF_VALE)).get("/sites/cardiff-vale/fhir/ServiceRequest/" + id), 404);
        outcome(as(linkWorker(NORTH_LONDON)).get(FHIR + "/ServiceRequest/" + java.util.UUID.randomUUID()), 404);
        outcome(given().get(FHIR + "/ServiceRequest/" + id), 401);
    }

    @Test
    void theCapabilityStatementSaysWhatIsSupported() {
        Response answer = as(referrer(NORTH_LONDON)).get(FHIR + "/metadata");

        answer.then().statusCode(200).contentType("application/fhir+json");
        CapabilityStatement statement = fhir.json().parseResource(CapabilityStatement.class, answer.asString());
        assertThat(fhir.validate(statement)).isEmpty();
        assertThat(statement.getRestFirstRep().getOperationFirstRep().getName()).isEqualTo("process-message");
        assertThat(statement.getRestFirstRep().getResourceFirstRep().getType()).isEqualTo("ServiceRequest");
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private ServiceRequest serviceRequest(Response answer) {
        return fhir.json().parseResource(ServiceRequest.class,
                answer.then().statusCode(200).contentType("application/fhir+json").extract().asString());
    }

    private Bundle bundle(Response answer) {
        return fhir.json().parseResource(Bundle.class,
                answer.then().statusCode(200).contentType("application/fhir+json").extract().asString());
    }

    private static void outcome(Response answer, int status) {
        answer.then().statusCode(status).contentType("application/fhir+json");
        assertThat(answer.asString()).contains("OperationOutcome", BarsCodes.HTTP_ERROR_CODES);
    }
}
