package org.pathway.referral.fhir;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.security.Roles;
import org.pathway.testkit.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.referrer;

/**
 * The refusals of the HTTP security layer (no token, a token that fails validation, another site's or the
 * platform's token) and of the resources (a role the path does not let in) are OperationOutcomes on every FHIR
 * path, coded from BaRS' http-error-codes, with the request and correlation ids echoed; the JSON paths keep
 * their own answers.
 */
@QuarkusTest
class FhirSecurityAnswersTest {

    private static final String FHIR = "/sites/north-london/fhir";

    @Inject
    FhirSupport fhir;

    /** Each FHIR route, called with whatever the request specification carries. */
    private static final List<Function<RequestSpecification, Response>> ROUTES = List.of(
            spec -> spec.contentType(FhirOutcomes.FHIR_JSON)
                    .body(BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND)).post(FHIR + "/$process-message"),
            spec -> spec.get(FHIR + "/ServiceRequest/" + UUID.randomUUID()),
            spec -> spec.queryParam("identifier", "https://pathway.example/fhir/Id/referral%7C" + UUID.randomUUID())
                    .get(FHIR + "/ServiceRequest"),
            spec -> spec.get(FHIR + "/metadata"));

    @Test
    void noTokenIsAnUnauthorisedOutcomeWithTheBearerChallengeOnEveryFhirRoute() {
        for (var route : ROUTES) {
            Response answer = route.apply(request(null));
            assertOutcome(answer, 401, "REC_UNAUTHORIZED");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void aTokenThatFailsValidationIsAnUnauthorisedOutcome() {
        List<String> bad = List.of(
                "not-a-jwt",
                Tokens.expired(NORTH_LONDON, "referrer-north-london", Roles.REFERRER),
                Tokens.unpublishedKey(NORTH_LONDON, "referrer-north-london", Roles.REFERRER));
        for (String token : bad) {
            for (var route : ROUTES) {
                assertOutcome(route.apply(request(token)), 401, "REC_UNAUTHORIZED");
            }
        }
    }

    @Test
    void anotherSitesOrThePlatformsTokenIsAForbiddenOutcome() {
        for (String token : List.of(referrer(CARDIFF_VALE), linkWorker(CARDIFF_VALE),
                Tokens.platform("researcher", Roles.RESEARCHER))) {
            for (var route : ROUTES) {
                assertOutcome(route.apply(request(token)), 403, "REC_FORBIDDEN");
            }
        }
    }

    @Test
    void aRoleThePathDoesNotLetInIsAForbiddenOutcome() {
        String noRole = Tokens.site(NORTH_LONDON, "no-role");
        assertOutcome(ROUTES.get(0).apply(request(linkWorker(NORTH_LONDON))), 403, "REC_FORBIDDEN");
        for (var route : ROUTES.subList(0, 3)) {
            assertOutcome(route.apply(request(noRole)), 403, "REC_FORBIDDEN");
        }
        // The CapabilityStatement is for any user of the site, whatever the role; not public.
        request(noRole).get(FHIR + "/metadata").then().statusCode(200).contentType(FhirOutcomes.FHIR_JSON);
    }

    @Test
    void theJsonPathsKeepTheirOwnAnswers() {
        Response none = given().get("/sites/north-london/referrals");
        none.then().statusCode(401);
        assertThat(none.contentType()).doesNotContain("fhir");
        Response otherSite = given().auth().oauth2(linkWorker(CARDIFF_VALE)).get("/sites/north-london/referrals");
        otherSite.then().statusCode(403);
        assertThat(otherSite.contentType()).doesNotContain("fhir");
        Response role = given().auth().oauth2(referrer(NORTH_LONDON)).get("/sites/north-london/referrals");
        role.then().statusCode(403).contentType("application/problem+json");
    }

    private static RequestSpecification request(String token) {
        RequestSpecification spec = given().urlEncodingEnabled(false)
                .header(BarsHeaders.REQUEST_ID, UUID.randomUUID().toString())
                .header(BarsHeaders.CORRELATION_ID, UUID.randomUUID().toString());
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    private void assertOutcome(Response answer, int status, String code) {
        answer.then().statusCode(status).contentType(FhirOutcomes.FHIR_JSON);
        assertThat(answer.header(BarsHeaders.CORRELATION_ID)).isNotNull();
        OperationOutcome outcome = fhir.json().parseResource(OperationOutcome.class, answer.asString());
        assertThat(outcome.getIssue()).isNotEmpty().allSatisfy(issue -> {
            assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(BarsCodes.HTTP_ERROR_CODES);
            assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(code);
        });
        assertThat(fhir.validate(fhir.encode(outcome))).isEmpty();
    }
}
