package org.pathway.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.api.dto.EndPlacementRequest;
import org.pathway.matching.api.dto.PlacementRequest;
import org.pathway.matching.domain.EndReasons;
import org.pathway.testkit.openapi.OpenApiDocuments;

import static org.assertj.core.api.Assertions.assertThat;

/** The request examples of docs/openapi/matching-service.yaml pass the service's own checks. */
class MatchingOpenApiExamplesTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final JsonNode DOCUMENT = OpenApiDocuments.tree(
            OpenApiDocuments.read(OpenApiDocuments.committed("matching-service")));

    private static JsonNode example(String path, String name) {
        JsonNode value = DOCUMENT.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path(name).path("value");
        assertThat(value.isObject()).as("example %s of %s", name, path).isTrue();
        return value;
    }

    @Test
    void theActivityExamplePassesValidation() throws Exception {
        ActivityRequest activity = MAPPER.treeToValue(example("/sites/{siteId}/activities", "activity"),
                ActivityRequest.class);
        assertThat(ActivityRequestValidator.check(activity)).isEmpty();
    }

    @Test
    void thePlacementExampleNamesAParticipantAndAnActivity() throws Exception {
        PlacementRequest placement = MAPPER.treeToValue(example("/sites/{siteId}/placements", "placement"),
                PlacementRequest.class);
        assertThat(placement.participantId()).matches("P-[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(placement.activityId()).isNotNull();
    }

    @Test
    void theEndExampleIsAnEndReason() throws Exception {
        EndPlacementRequest end = MAPPER.treeToValue(example("/sites/{siteId}/placements/{id}/end", "end"),
                EndPlacementRequest.class);
        assertThat(EndReasons.isCode(end.reason())).isTrue();
    }
}
