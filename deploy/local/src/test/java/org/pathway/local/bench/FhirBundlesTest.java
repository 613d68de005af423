package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class FhirBundlesTest {

    private final FhirBundles bundles = FhirBundles.load();
    private final ReferralBodies bodies = new ReferralBodies("north-london", "F1", 300_000_000L, LocalDate.of(2026, 12, 7));

    @Test
    void eachBundleCarriesItsReferralsYoungPersonAndIdsOfItsOwn() throws Exception {
        Set<String> bundleIds = new HashSet<>();
        Set<String> serviceRequests = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ReferralBodies.Referral referral = bodies.next();
            JsonNode bundle = Http.JSON.readTree(bundles.of(referral));
            JsonNode patient = resource(bundle, "Patient");
            assertThat(patient.path("identifier").get(0).path("system").asText()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
            assertThat(patient.path("identifier").get(0).path("value").asText()).isEqualTo(referral.nhsNumber());
            JsonNode name = patient.path("name").get(0);
            assertThat(name.path("given").get(0).asText()).isEqualTo("Bench");
            assertThat(name.path("family").asText()).isEqualTo(referral.body().path("youngPerson").path("familyName").asText());
            assertThat(patient.toString()).doesNotContain("3478526985", "Julie");
            assertThat(name.path("text").asText()).startsWith("Bench Person");
            bundleIds.add(bundle.path("id").asText());
            String focus = resource(bundle, "MessageHeader").path("focus").get(0).path("reference").asText();
            assertThat(entryFullUrl(bundle, "ServiceRequest")).isEqualTo(focus);
            serviceRequests.add(focus);
        }
        assertThat(bundleIds).hasSize(50);
        assertThat(serviceRequests).hasSize(50);
    }

    @Test
    void anAnswerIsAcceptedWhenItsServiceRequestIsActive() throws Exception {
        assertThat(FhirBundles.accepted(Http.JSON.readTree(
                "{\"entry\": [{\"resource\": {\"resourceType\": \"MessageHeader\"}},"
                        + " {\"resource\": {\"resourceType\": \"ServiceRequest\", \"status\": \"active\"}}]}"))).isTrue();
        assertThat(FhirBundles.accepted(Http.JSON.readTree(
                "{\"entry\": [{\"resource\": {\"resourceType\": \"ServiceRequest\", \"status\": \"revoked\"}}]}"))).isFalse();
        assertThat(FhirBundles.accepted(Http.JSON.readTree("{\"resourceType\": \"OperationOutcome\"}"))).isFalse();
    }

    private static JsonNode resource(JsonNode bundle, String type) {
        for (JsonNode entry : bundle.path("entry")) {
            if (type.equals(entry.path("resource").path("resourceType").asText())) {
                return entry.path("resource");
            }
        }
        throw new AssertionError("no " + type);
    }

    private static String entryFullUrl(JsonNode bundle, String type) {
        for (JsonNode entry : bundle.path("entry")) {
            if (type.equals(entry.path("resource").path("resourceType").asText())) {
                return entry.path("fullUrl").asText();
            }
        }
        throw new AssertionError("no " + type);
    }
}
