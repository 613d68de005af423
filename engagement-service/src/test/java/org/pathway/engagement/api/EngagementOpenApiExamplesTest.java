package org.pathway.engagement.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathway.engagement.api.dto.LinkWorkerSessionRequest;
import org.pathway.engagement.api.dto.LinkWorkerSessionValidator;
import org.pathway.engagement.api.dto.OutcomeRequest;
import org.pathway.engagement.api.dto.OutcomeRequestValidator;
import org.pathway.engagement.domain.AttendanceIntake;
import org.pathway.testkit.openapi.OpenApiDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/** The request examples of docs/openapi/engagement-service.yaml pass the service's own checks. */
class EngagementOpenApiExamplesTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final JsonNode DOCUMENT = OpenApiDocuments.tree(
            OpenApiDocuments.read(OpenApiDocuments.committed("engagement-service")));

    private static JsonNode example(String path, String mediaType, String name) {
        JsonNode value = DOCUMENT.path("paths").path(path).path("post").path("requestBody").path("content")
                .path(mediaType).path("examples").path(name).path("value");
        assertThat(value.isObject()).as("example %s of %s", name, path).isTrue();
        return value;
    }

    @Test
    void theAttendanceExampleIsOneAcceptedSession() throws Exception {
        JsonNode attendance = example("/sites/{siteId}/providers/{providerId}/attendance", "*/*", "attendance");
        List<AttendanceIntake.Entry> entries = AttendanceBodyParser.parse(MAPPER,
                MAPPER.writeValueAsBytes(attendance), TODAY);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).eventId()).isEqualTo("att-000001");
        assertThat(entries.get(0).reported()).as("the event passes the item checks").isNotNull();
    }

    @Test
    void theSessionExamplePassesValidation() throws Exception {
        JsonNode session = example("/sites/{siteId}/participants/{participantId}/link-worker-sessions",
                "application/json", "session");
        assertThat(LinkWorkerSessionValidator.validate(MAPPER.treeToValue(session, LinkWorkerSessionRequest.class),
                TODAY)).isEmpty();
    }

    @Test
    void theOutcomeExamplePassesValidation() throws Exception {
        JsonNode outcome = example("/sites/{siteId}/participants/{participantId}/outcomes", "application/json",
                "swemwbs");
        assertThat(OutcomeRequestValidator.validate(MAPPER.treeToValue(outcome, OutcomeRequest.class), TODAY))
                .isEmpty();
    }
}
