package org.pathway.referral.api.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.referral.ReferralExample;

/** The records must read and write exactly the JSON of API.md with a mapper configured like Quarkus's. */
class ReferralDtoJsonTest {

    private static final ObjectMapper MAPPER = ReferralExample.MAPPER;

    @Test
    void readsTheApiExample() throws Exception {
        ReferralRequest request = MAPPER.readValue(ReferralExample.JSON, ReferralRequest.class);

        assertThat(request).isEqualTo(new ReferralRequest(
                "RWX-2026-000123",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 10, 1),
                new ReferralRequest.Referrer("RWX", "Dr A Clinician", "a.clinician@nhs.net"),
                new ReferralRequest.YoungPerson("9434765919", "Sam", "Taylor", LocalDate.of(2011, 4, 2), "female", "A",
                        "N1 9GU", "en", new ReferralRequest.Contact("07700900123", null),
                        new ReferralRequest.Guardian("Alex Taylor", "07700900456", "parent")),
                List.of("anxiety"),
                "moderate",
                "low",
                new ReferralRequest.Consent(true, true, null, true),
                List.of("art", "football"),
                List.of(),
                "Prefers weekend activities"));
    }

    @Test
    void leavesMissingObjectsAndFlagsNullSoTheValidatorCanReportThem() throws Exception {
        ReferralRequest request = MAPPER.readValue(
                "{\"externalReference\": \"R1\", \"consent\": {\"youngPerson\": false}}", ReferralRequest.class);

        assertThat(request.youngPerson()).isNull();
        assertThat(request.presentingNeeds()).isNull();
        assertThat(request.consent().youngPerson()).isFalse();
        assertThat(request.consent().guardian()).isNull();
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        ReferralRequest request = MAPPER.readValue(
                "{\"externalReference\": \"R1\", \"deprivationDecile\": 3}", ReferralRequest.class);

        assertThat(request.externalReference()).isEqualTo("R1");
    }

    @Test
    void readsActionBodies() throws Exception {
        assertThat(MAPPER.readValue("{\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"in-person\"}",
                ContactRequest.class))
                .isEqualTo(new ContactRequest(OffsetDateTime.of(2026, 11, 21, 10, 15, 0, 0, ZoneOffset.UTC),
                        "in-person"));
        assertThat(MAPPER.readValue("{\"reason\": \"not for me\"}", DeclineRequest.class))
                .isEqualTo(new DeclineRequest("not for me"));
        assertThat(MAPPER.readValue("{\"scope\": \"all\"}", WithdrawRequest.class))
                .isEqualTo(new WithdrawRequest("all"));
        assertThat(MAPPER.readValue("{\"reason\": \"moved-away\"}", CloseRequest.class))
                .isEqualTo(new CloseRequest("moved-away"));
    }

    @Test
    void writesTheCreatedBodyWithApiFieldNames() {
        UUID id = UUID.fromString("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b");
        ReferralCreatedView created = new ReferralCreatedView(id, "P-0123456789ABCDEF", "north-london", "DECLINED",
                "HIGH_RISK", Instant.parse("2026-11-20T10:15:00Z"), "pathway");

        JsonNode json = MAPPER.valueToTree(created);

        assertThat(json.get("id").asText()).isEqualTo(id.toString());
        assertThat(json.get("participantId").asText()).isEqualTo("P-0123456789ABCDEF");
        assertThat(json.get("siteId").asText()).isEqualTo("north-london");
        assertThat(json.get("status").asText()).isEqualTo("DECLINED");
        assertThat(json.get("declineReason").asText()).isEqualTo("HIGH_RISK");
        assertThat(json.get("receivedAt").asText()).isEqualTo("2026-11-20T10:15:00Z");
        assertThat(json.get("arm").asText()).isEqualTo("pathway");
        assertThat(json.size()).isEqualTo(7);
    }
}
