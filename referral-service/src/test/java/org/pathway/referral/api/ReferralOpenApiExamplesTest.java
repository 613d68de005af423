package org.pathway.referral.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Arm;
import org.pathway.referral.ReferralExample;
import org.pathway.referral.api.dto.ComparisonParticipantRequest;
import org.pathway.referral.api.dto.ContactRequest;
import org.pathway.referral.api.dto.ReferralRequest;
import org.pathway.testkit.openapi.OpenApiDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/** The request examples of docs/openapi/referral-service.yaml are the tests' bodies, and valid. */
class ReferralOpenApiExamplesTest {

    private static final JsonNode DOCUMENT = OpenApiDocuments.tree(
            OpenApiDocuments.read(OpenApiDocuments.committed("referral-service")));

    static JsonNode example(String path, String name) {
        return DOCUMENT.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path(name).path("value");
    }

    @Test
    void theReferralExampleIsApiMdsAndPassesValidation() throws Exception {
        JsonNode referral = example("/sites/{siteId}/referrals", "referral");
        assertThat(referral).isEqualTo(ReferralExample.tree());
        assertThat(ReferralRequestValidator.toNewReferral(ReferralExample.MAPPER.treeToValue(referral,
                ReferralRequest.class))).isNotNull();
    }

    @Test
    void theComparisonExampleIsTheReferralRegisteredBeforeThePathwayAndPassesValidation() throws Exception {
        JsonNode participant = example("/sites/{siteId}/comparison-participants", "comparisonParticipant");
        ObjectNode expected = ReferralExample.tree();
        expected.remove("referredAt");
        expected.remove("referrer");
        expected.remove("externalReference");
        expected.put("waitingListSince", "2026-06-01");
        expected.put("registeredOn", "2026-07-01");
        assertThat(participant).isEqualTo(expected);
        ComparisonParticipantRequest request = ReferralExample.MAPPER.treeToValue(participant,
                ComparisonParticipantRequest.class);
        assertThat(ReferralRequestValidator.toNewReferral(request.asReferral(request.registeredOn()), Arm.COMPARISON,
                "registeredOn")).isNotNull();
    }

    @Test
    void theContactExamplePassesValidation() throws Exception {
        JsonNode contact = example("/sites/{siteId}/referrals/{id}/contact", "contact");
        assertThat(ContactRequestValidator.toFirstContact(ReferralExample.MAPPER.treeToValue(contact,
                ContactRequest.class), Instant.parse("2026-11-23T09:00:00Z"))).isNotNull();
        assertThat(LocalDate.parse(contact.path("contactedAt").asText().substring(0, 10)))
                .isBefore(ReferralExample.TODAY);
    }
}
